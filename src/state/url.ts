// The shareable part of the app state lives in the URL hash:
//   #lang=en&layers=districts,parks&z=10.5&lat=11.1&lon=106.65&basemap=osm
// Any subset may be present. The keys are the table URL_KEYS below (one entry per key: how its value
// is read and written); hash-reader.ts does the rest, including the variants pasted from mail and
// chat. An invalid value is left out (its default applies) and named in the app's notice.
import type { ClassMethod } from '../analysis/class-params';
import type { DistrictMetricId } from '../analysis/district-metrics';
import { isCuratedLayerId, LAYER_IDS, type LayerId } from '../data/schema';
import type { LayerFilter } from '../lib/filter';
import type { YearStop } from '../lib/park-growth';
import { formatClassify, parseClasses, parseClassify, parseMetric } from './choropleth-url';
import type { CompareMode } from './compare';
import { type CoordSystem, isCoordSystem } from './coord-system';
import { EMBED_HASH_KEYS, type EmbedUrlState } from './embed-url';
import { filtersHashKey } from './filter-url';
import {
  type HashKey,
  type HashReading,
  parsePlainDecimal,
  readHashWith,
  writeHashWith,
} from './hash-reader';
import { INVESTOR_HASH_KEYS, type InvestorUrlState } from './investor-url';
import { isLanguage, type Language } from './language';
import { ANALYSIS_HASH_KEY, ANN_HASH_KEY, SEL_HASH_KEY, type ShareUrlState } from './share-url';
import { formatYearStop, parseYearStop } from './time-url';
import type { Basemap } from './view';

export type { HashCorrection, HashKey, HashReading } from './hash-reader';
export { parsePlainDecimal } from './hash-reader';

export interface UrlState extends InvestorUrlState, EmbedUrlState, ShareUrlState {
  lang?: Language;
  /**
   * Present when the hash has a `layers` key: exactly the visible layers, possibly none, in draw
   * order (bottom first); reading it restores that order.
   */
  layers?: LayerId[];
  zoom?: number;
  lat?: number;
  lon?: number;
  /** `offline` (the built-in basemap only) or `osm` (the online OpenStreetMap raster over it). */
  basemap?: Basemap;
  /** `op.<layer>`: layers drawn less than fully opaque, 0–1; a layer left out is drawn at 1. */
  opacity?: Partial<Record<LayerId, number>>;
  /** The layer whose attribute table is open (issue 8 §4). */
  table?: LayerId;
  /** The time slider's stop for every map (`year`), and per side of a comparison (issue 8 §3). */
  year?: YearStop;
  yearLeft?: YearStop;
  yearRight?: YearStop;
  /** The district metric of the choropleth (issue 8 §5); absent: none. */
  choropleth?: DistrictMetricId;
  /** Its classification method (link names quantile, equal, jenks). */
  classify?: ClassMethod;
  /** Its number of classes, 3–7. */
  classes?: number;
  /** `f.<layer>.<field>`: the layers' attribute filters (filter-url.ts), layer id → its filter. */
  filters?: Record<string, LayerFilter>;
  /** Two maps (issue 8 §6): `swipe` or `split`; absent: one map. */
  compare?: CompareMode;
  /** The left and right maps' visible layers (as `layers`), used instead of it while comparing. */
  left?: LayerId[];
  right?: LayerId[];
  /** Swipe divider position, percent from the left, 0–100. */
  swipe?: number;
  /** `src`: http(s) URLs of layers added from a URL (issue 10), re-added when the link opens. */
  src?: string[];
  /** `src.op.<n>`: the opacity (0–1) of the n-th `src` layer (1-based), when not 1. */
  srcOpacity?: Record<number, number>;
  /** `src.hide`: the `src` layers (1-based positions) the link's map hides. */
  srcHidden?: number[];
  /** `crs`: the system of printed coordinates (coord-system.ts); the viewer writes only vn2000. */
  crs?: CoordSystem;
}

/**
 * A table entry for a key holding one state field: `parse` turns the decoded value into the field's
 * value or undefined (invalid); `format` writes it back. Most keys of later issues are one of these.
 */
export function fieldKey<K extends keyof UrlState>(
  key: string,
  field: K,
  parse: (raw: string) => UrlState[K] | undefined,
  format: (value: NonNullable<UrlState[K]>) => string,
): HashKey<UrlState> {
  return {
    key,
    read: (state, raw) => {
      const v = parse(raw);
      if (v === undefined) return false;
      state[field] = v;
      return true;
    },
    write: (state) => {
      const v = state[field];
      return v === undefined || v === null ? [] : [[key, format(v as NonNullable<UrlState[K]>)]];
    },
  };
}

/** A plain decimal number (see parsePlainDecimal) within [min, max]. */
const decimalIn = (min: number, max: number) => (raw: string) => {
  const n = parsePlainDecimal(raw);
  return n !== undefined && n >= min && n <= max ? n : undefined;
};

const rounded = (digits: number) => (n: number) => String(Number(n.toFixed(digits)));

/**
 * `src`: a comma list of URLs, each percent-encoded (so a comma inside one is `%2C`); only http(s)
 * URLs are kept, a list with none is invalid.
 */
export function parseSrc(raw: string): string[] | undefined {
  const out: string[] = [];
  for (const part of raw.split(',')) {
    try {
      const url = new URL(decodeURIComponent(part.trim()));
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.href))
        out.push(url.href);
    } catch {
      // Not a URL: left out.
    }
  }
  return out.length > 0 ? out : undefined;
}
/**
 * Escapes only what the list needs (`%` and `,`): the hash writer percent-encodes the value once
 * more, and a full encodeURIComponent here made every `:` and `/` come out as `%253A`, `%252F`.
 * Links written the old way still read (parseSrc decodes what the hash reader leaves).
 */
export const formatSrc = (urls: string[]): string =>
  urls.map((u) => u.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');

/**
 * Known layer ids of a comma list, in the list's order (draw order, bottom first; a repeated id
 * counts once, where it first appears); `''` is a deliberate "no layers". Only the curated ids are
 * known to a link: a user's imported layer is not in anyone else's browser.
 */
export function parseLayers(raw: string): LayerId[] | undefined {
  const wanted = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = wanted.filter((id, i) => isCuratedLayerId(id) && wanted.indexOf(id) === i);
  // A list naming no known layer (`layers=,,,`, `layers=foo`) is a bad link: the default applies.
  return raw.trim() === '' || known.length > 0 ? known : undefined;
}

/**
 * The `op.` family: `op.parks=0.3` is the parks layer at 30 % opacity. A value outside 0–1, or an
 * unknown layer, is invalid (ignored and named in the notice); opacity 1 is the default, not written.
 */
const opacityKey: HashKey<UrlState> = {
  key: 'op.',
  read: (state, raw, rest) => {
    const n = decimalIn(0, 1)(raw);
    if (n === undefined || !(LAYER_IDS as readonly string[]).includes(rest)) return false;
    state.opacity = { ...state.opacity, [rest as LayerId]: n };
    return true;
  },
  write: (state) =>
    LAYER_IDS.flatMap((id): [string, string][] => {
      const v = state.opacity?.[id];
      return v === undefined || v === 1 ? [] : [[`op.${id}`, rounded(2)(v)]];
    }),
};

/**
 * `src.op.2=0.5`: the second `src` layer at 50 % opacity (a URL layer has no id a link could name:
 * `user:<n>` differs between browsers). A position below 1 or a value outside 0–1 is invalid.
 */
const srcOpacityKey: HashKey<UrlState> = {
  key: 'src.op.',
  read: (state, raw, rest) => {
    const n = decimalIn(0, 1)(raw);
    const at = /^[1-9]\d{0,2}$/.test(rest) ? Number(rest) : 0;
    if (n === undefined || at === 0) return false;
    state.srcOpacity = { ...state.srcOpacity, [at]: n };
    return true;
  },
  write: (state) =>
    Object.entries(state.srcOpacity ?? {}).flatMap(([at, v]): [string, string][] =>
      v === 1 ? [] : [[`src.op.${at}`, rounded(2)(v)]],
    ),
};

/** `src.hide=1,3`: positions (1-based) of hidden `src` layers; none valid is an invalid value. */
function parseSrcHidden(raw: string): number[] | undefined {
  const out = raw
    .split(',')
    .filter((p) => /^[1-9]\d{0,2}$/.test(p.trim()))
    .map(Number);
  return out.length > 0 ? [...new Set(out)] : undefined;
}

/** The app's hash keys, in the order they are written. */
export const URL_KEYS: readonly HashKey<UrlState>[] = [
  fieldKey('lang', 'lang', (raw) => (isLanguage(raw) ? raw : undefined), String),
  fieldKey('layers', 'layers', parseLayers, (ids) => ids.join(',')),
  fieldKey('z', 'zoom', decimalIn(0, 24), rounded(2)),
  fieldKey('lat', 'lat', decimalIn(-85.06, 85.06), rounded(5)),
  fieldKey('lon', 'lon', decimalIn(-180, 180), rounded(5)),
  fieldKey('basemap', 'basemap', (raw) => (raw === 'offline' || raw === 'osm' ? raw : undefined), String),
  opacityKey,
  fieldKey('table', 'table', (raw) => LAYER_IDS.find((id) => id === raw.trim()), String),
  fieldKey('year', 'year', parseYearStop, formatYearStop),
  fieldKey('year.left', 'yearLeft', parseYearStop, formatYearStop),
  fieldKey('year.right', 'yearRight', parseYearStop, formatYearStop),
  fieldKey('choropleth', 'choropleth', parseMetric, String),
  fieldKey('classify', 'classify', parseClassify, formatClassify),
  fieldKey('classes', 'classes', parseClasses, String),
  filtersHashKey<UrlState>(),
  // Investors (issue 9): weights=expressway:5,occupancy:0 and parks=a,b,c (investor-url.ts).
  ...INVESTOR_HASH_KEYS,
  fieldKey('compare', 'compare', (raw) => (raw === 'swipe' || raw === 'split' ? raw : undefined), String),
  fieldKey('left', 'left', parseLayers, (ids) => ids.join(',')),
  fieldKey('right', 'right', parseLayers, (ids) => ids.join(',')),
  fieldKey('swipe', 'swipe', decimalIn(0, 100), rounded(1)),
  // Embedding (issue 11 §2): embed=1, panel=1, legend=0, title=…, scroll=coop|zoom|off (embed-url.ts).
  ...EMBED_HASH_KEYS,
  fieldKey('src', 'src', parseSrc, formatSrc),
  srcOpacityKey,
  fieldKey('src.hide', 'srcHidden', parseSrcHidden, (at) => at.join(',')),
  // Share (issue 11 §1): the selected feature, the open analysis tab, annotations (share-url.ts).
  SEL_HASH_KEY,
  ANALYSIS_HASH_KEY,
  ANN_HASH_KEY,
  fieldKey('crs', 'crs', (raw) => (isCoordSystem(raw) ? raw : undefined), String),
];

/** The state of `hash`, with the keys it ignored and the values it corrected. Never throws. */
export function readHash(hash: string): HashReading<UrlState> {
  return readHashWith(hash, URL_KEYS, () => ({}));
}

/** The valid values of `hash` (readHash without the report). */
export function parseHash(hash: string): UrlState {
  return readHash(hash).state;
}

/** The hash's keys whose values were invalid or unknown and so were ignored (for a notice). */
export function ignoredHashKeys(hash: string): string[] {
  return readHash(hash).ignored;
}

/** `#lang=…&layers=…&z=…&lat=…&lon=…&basemap=…` with what `state` has; '' for an empty state. */
export function serializeHash(state: UrlState): string {
  return writeHashWith(state, URL_KEYS);
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
