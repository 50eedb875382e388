// The shareable part of the app state lives in the URL hash:
//   #lang=en&layers=districts,parks&z=10.5&lat=11.1&lon=106.65
// Any subset may be present; an invalid value is ignored (its default applies) without an error;
// unknown layer ids are dropped.
import { LAYER_IDS, type LayerId } from '../data/schema';
import { isLanguage, type Language } from './language';

export interface UrlState {
  lang?: Language;
  /** Present when the hash has a `layers` key: exactly the visible layers, possibly none. */
  layers?: LayerId[];
  zoom?: number;
  lat?: number;
  lon?: number;
}

function parseNumber(raw: string | null, min: number, max: number): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: UrlState = {};
  const lang = params.get('lang');
  if (isLanguage(lang)) out.lang = lang;
  const layers = params.get('layers');
  if (layers !== null) {
    const wanted = layers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const known = LAYER_IDS.filter((id) => wanted.includes(id));
    // `layers=` (nothing) is a deliberate "no layers"; a list naming no known layer (`layers=,,,`,
    // `layers=foo`) is a bad link, which falls back to the default like every other invalid value.
    if (layers.trim() === '' || known.length > 0) out.layers = known;
  }
  const zoom = parseNumber(params.get('z'), 0, 24);
  if (zoom !== undefined) out.zoom = zoom;
  const lat = parseNumber(params.get('lat'), -85.06, 85.06);
  if (lat !== undefined) out.lat = lat;
  const lon = parseNumber(params.get('lon'), -180, 180);
  if (lon !== undefined) out.lon = lon;
  return out;
}

const KEYS = { lang: 'lang', layers: 'layers', z: 'zoom', lat: 'lat', lon: 'lon' } as const;

/** The hash's known keys whose values were invalid and so were ignored (for a notice), in order. */
export function ignoredHashKeys(hash: string): string[] {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const parsed = parseHash(hash);
  return (Object.keys(KEYS) as (keyof typeof KEYS)[]).filter(
    (key) => params.has(key) && parsed[KEYS[key]] === undefined,
  );
}

const round = (n: number, digits: number) => String(Number(n.toFixed(digits)));

export function serializeHash(state: UrlState): string {
  // Built by hand: URLSearchParams would percent-encode the commas of the layer list.
  const parts: string[] = [];
  if (state.lang) parts.push(`lang=${state.lang}`);
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.zoom !== undefined) parts.push(`z=${round(state.zoom, 2)}`);
  if (state.lat !== undefined) parts.push(`lat=${round(state.lat, 5)}`);
  if (state.lon !== undefined) parts.push(`lon=${round(state.lon, 5)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Returns a function that writes the hash with replaceState after `delay` ms of quiet. */
export function debouncedHashWriter(delay = 300): { write: (state: UrlState) => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    write: (state) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const hash = serializeHash(state);
        if (hash !== window.location.hash) {
          const url = `${window.location.pathname}${window.location.search}${hash}`;
          window.history.replaceState(window.history.state, '', url);
        }
      }, delay);
    },
    cancel: () => clearTimeout(timer),
  };
}
