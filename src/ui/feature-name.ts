// The name a user's file gives one of its features, for the info panel's title and the analyses'
// rows: the curated layers' bilingual `name_vi` / `name_en` in the UI's language when the file has
// them, else the first name-like property (files from GIS tools and Vietnamese offices say `name`,
// `Name`, `NAME` or `ten`, `Ten`, `TEN`), else the first property named like one: `Ten_DT`,
// `TEN_DUONG`, `TenDuong`, `name_1` (HCMGIS's relics and bridges; "tên" is Vietnamese for name).
// Only text and finite numbers count; never HTML (callers render it as text).
import type { Formatters } from '../i18n';
import type { Language } from '../state/language';

const NAME_KEYS = ['name', 'Name', 'NAME', 'ten', 'Ten', 'TEN'] as const;

const shown = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';

/** The feature's own name (see the module comment), or '' when it has none. */
export function ownName(props: Record<string, unknown> | null | undefined, lang: Language): string {
  if (!props) return '';
  const vi = shown(props.name_vi);
  const en = shown(props.name_en);
  const bilingual = lang === 'en' ? en || vi : vi || en;
  if (bilingual) return bilingual;
  for (const k of NAME_KEYS) {
    const v = shown(props[k]);
    if (v) return v;
  }
  for (const k in props) {
    if (!isNameLike(k)) continue;
    const v = shown(props[k]);
    if (v) return v;
  }
  return '';
}

/**
 * `ten`/`tên`/`name` then `_` (any case), or `Ten`/`Tên`/`Name` then a capital (camel case): not
 * "Tenant", "TENANT" or "names".
 */
const NAME_PREFIX = /^(?:ten|tên|name)_/iu;
const NAME_CAMEL = /^(?:Ten|Tên|Name)[A-ZĐ]/u;

/** True for a column named like a name (`Ten_DT`, `TEN_DUONG`, `TenDuong`, `name_1`; see NAME_PREFIX). */
export const isNameLike = (key: string): boolean => NAME_PREFIX.test(key) || NAME_CAMEL.test(key);

/**
 * The title of an imported layer's feature, the same in the info panel and the features-in-view
 * list (they named one parcel "parcel_14271" and "Đối tượng số 16.838"): its own name (the curated
 * keys, then ownName); in a large layer its own `id` property, else its number in the file (the
 * ordinal `featureId` + 1); in a small one whose ids the viewer made (`idsMade`), its number
 * (`featureId`, 1-based); else the file's own id.
 */
export function importedFeatureTitle(
  props: Record<string, unknown> | null | undefined,
  featureId: string,
  kind: { big: boolean; idsMade: boolean },
  f: Pick<Formatters, 'name' | 'lang' | 't' | 'num'>,
): string {
  return (
    f.name(props) ||
    ownName(props, f.lang) ||
    (kind.big ? shown(props?.id) : '') ||
    (kind.big
      ? f.t('bigLayers.feature', { n: f.num(Number(featureId) + 1) })
      : kind.idsMade
        ? f.t('bigLayers.feature', { n: f.num(Number(featureId)) })
        : featureId)
  );
}

/**
 * `name` as the head of a "name: value" row: its own closing full stop, comma, semicolon or colon
 * dropped (HCMGIS's relic "…thống nhất đất nước." read "…đất nước.: Quốc lộ 13, 4,02 km").
 */
export function rowHead(name: string): string {
  return name.replace(/[\s.,;:]+$/u, '') || name;
}
