// The embed keys of the link (issue 11 §2): `embed=1` shows the map alone for an <iframe> (legend,
// "view larger map" link, attribution), `panel=1` adds the side panel back, `legend=0` leaves the
// legend out, `title=…` names the map (shown as text, never as HTML), `scroll=` chooses how the
// wheel behaves (`coop`: ctrl/⌘ + wheel zooms, the default of an embed; `zoom`: the wheel zooms;
// `off`: the wheel never zooms). Table entries for URL_KEYS in url.ts; each combines with every
// other key. They are written back only while embedded, so the full viewer's links stay short.
import type { HashKey } from './hash-reader';

export type ScrollZoom = 'coop' | 'zoom' | 'off';
export const SCROLL_ZOOMS: readonly ScrollZoom[] = ['coop', 'zoom', 'off'];
/** Longest title a link may carry (characters); a longer one is refused, not cut. */
export const MAX_EMBED_TITLE = 120;

export interface EmbedUrlState {
  /** `embed=1`: the page is an embed. */
  embed?: boolean;
  /** `panel=1`: the embed shows the side panel too. */
  panel?: boolean;
  /** `legend=0`: the embed has no legend; absent: it has one. */
  legend?: boolean;
  /** `title=`: a heading over the embedded map (plain text, 1–MAX_EMBED_TITLE characters). */
  title?: string;
  /** `scroll=`: the wheel's behaviour in the embed; absent: `coop`. */
  scroll?: ScrollZoom;
}

/** A `0`/`1` flag; anything else is invalid. `writeWhen` is the value that is written (the other is the default). */
function flagKey(
  key: string,
  field: 'embed' | 'panel' | 'legend',
  writeWhen: boolean,
): HashKey<EmbedUrlState> {
  return {
    key,
    read: (state, raw) => {
      if (raw !== '0' && raw !== '1') return false;
      state[field] = raw === '1';
      return true;
    },
    write: (state) => (state[field] === writeWhen ? [[key, writeWhen ? '1' : '0']] : []),
  };
}

/** Control characters are refused in a title: nothing invisible travels in a link. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match them
const CONTROL = /[\u0000-\u001f\u007f]/;

const titleKey: HashKey<EmbedUrlState> = {
  key: 'title',
  read: (state, raw) => {
    const t = raw.trim();
    if (t === '' || [...t].length > MAX_EMBED_TITLE || CONTROL.test(t)) return false;
    state.title = t;
    return true;
  },
  write: (state) => (state.title ? [['title', state.title]] : []),
};

const scrollKey: HashKey<EmbedUrlState> = {
  key: 'scroll',
  read: (state, raw) => {
    const s = SCROLL_ZOOMS.find((v) => v === raw);
    if (!s) return false;
    state.scroll = s;
    return true;
  },
  write: (state) => (state.scroll && state.scroll !== 'coop' ? [['scroll', state.scroll]] : []),
};

/**
 * `embed=1` comes last: the hash reader drops chat punctuation after a link's last value
 * (hash-reader.ts), so a title ending in ")" or ">" must never be the last value of an embed link.
 */
export const EMBED_HASH_KEYS: readonly HashKey<EmbedUrlState>[] = [
  flagKey('panel', 'panel', true),
  flagKey('legend', 'legend', false),
  titleKey,
  scrollKey,
  flagKey('embed', 'embed', true),
];

/** The embed keys' names, to strip them from a link (the "view larger map" link). */
export const EMBED_KEY_NAMES: readonly string[] = EMBED_HASH_KEYS.map((k) => k.key);
