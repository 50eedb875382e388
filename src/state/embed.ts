// Whether this page is an embed and how (embed-url.ts), as the link said at start or on a
// hand-edited hash. The embed's UI reads it; the hash writer writes it back while embedded, so a
// reload of the frame stays an embed.
import { create } from 'zustand';
import { EMBED_KEY_NAMES, type EmbedUrlState, type ScrollZoom } from './embed-url';
import { serializeHash, type UrlState } from './url';

export interface EmbedState {
  embed: boolean;
  panel: boolean;
  legend: boolean;
  title: string | null;
  scroll: ScrollZoom;
  /** Takes the embed keys a link gave; keys it left out return to their defaults. */
  apply: (parsed: EmbedUrlState) => void;
}

export const useEmbed = create<EmbedState>()((set) => ({
  embed: false,
  panel: false,
  legend: true,
  title: null,
  scroll: 'coop',
  apply: (p) =>
    set({
      embed: p.embed === true,
      panel: p.panel === true,
      legend: p.legend !== false,
      title: p.title ?? null,
      scroll: p.scroll ?? 'coop',
    }),
}));

/** The embed keys to write for the current state: none outside an embed. */
export function embedUrlState(): EmbedUrlState {
  const s = useEmbed.getState();
  if (!s.embed) return {};
  return {
    embed: true,
    ...(s.panel ? { panel: true } : {}),
    ...(s.legend ? {} : { legend: false }),
    ...(s.title ? { title: s.title } : {}),
    ...(s.scroll !== 'coop' ? { scroll: s.scroll } : {}),
  };
}

/** `state` without its embed keys: what the full viewer opens ("view larger map"). */
export function withoutEmbed(state: UrlState): UrlState {
  const out: Record<string, unknown> = { ...state };
  for (const k of EMBED_KEY_NAMES) delete out[k];
  return out as UrlState;
}

/**
 * The full viewer's address for `state` (the embed keys left out), on the page at `location`
 * (origin, path and query kept): `https://host/path/#lang=vi&layers=…`.
 */
export function fullViewerHref(
  state: UrlState,
  location: { origin: string; pathname: string; search: string },
): string {
  return `${location.origin}${location.pathname}${location.search}${serializeHash(withoutEmbed(state))}`;
}
