// Label strings for the map's symbol layers. Everything is NFC-normalised: the glyph files hold
// one glyph per precomposed Vietnamese letter (ầ, ộ, ữ), and MapLibre draws a decomposed letter
// as a base letter plus a separately advanced mark, which is the "D ầu" gap this replaces.
import type { Feature } from 'geojson';
import type { Language } from '../../state/language';

export const nfc = (text: string): string => text.normalize('NFC');

export function nameOf(f: Feature, lang: Language): string {
  const p = f.properties ?? {};
  const vi = typeof p.name_vi === 'string' ? p.name_vi : '';
  const en = typeof p.name_en === 'string' ? p.name_en : '';
  return nfc(lang === 'en' ? en || vi : vi || en);
}

/** "Thành phố Thủ Dầu Một" → "Thủ Dầu Một", "Bau Bang District" → "Bau Bang". */
export function shortDistrictName(name: string): string {
  return name.replace(/^(Thành phố|Thị xã|Huyện|Quận)\s+/u, '').replace(/\s+(City|District|Town)$/u, '');
}

/**
 * The text drawn along a corridor: the road number planners use (QL13, ĐT743, ĐT747B; in both
 * languages, as on Vietnamese road signs), "Vành đai 3" / "Ring Road 3" for ring roads, else the
 * name without its bracketed remarks and alternatives (text after ';' or ' / ').
 */
export function corridorLabel(f: Feature, lang: Language): string {
  const vi = nfc(String(f.properties?.name_vi ?? ''));
  const ql = /Quốc lộ\s+(\w+)/u.exec(vi);
  if (ql) return `QL${ql[1]}`;
  const dt = /Đường tỉnh\s+(\w+)/u.exec(vi);
  if (dt) return `ĐT${dt[1]}`;
  const ring = /Vành đai\s+(\d+)/u.exec(vi);
  if (ring) return lang === 'en' ? `Ring Road ${ring[1]}` : `Vành đai ${ring[1]}`;
  return nameOf(f, lang)
    .split(/;| \/ /u)[0]!
    .replace(/\s*\([^)]*\)/gu, '')
    .trim();
}
