// The embed builder's outputs, pure: the embed's address for the chosen options, and the <iframe>
// snippet a web page pastes. Every value that reaches the snippet is escaped for an HTML attribute.
import { MAX_EMBED_TITLE, type ScrollZoom } from '../../state/embed-url';
import type { Language } from '../../state/language';
import { serializeHash, type UrlState } from '../../state/url';

export interface EmbedOptions {
  /** true: the frame fills the page's width (height fixed); false: width × height. */
  responsive: boolean;
  /** CSS pixels, SIZE_LIMITS. */
  width: number;
  height: number;
  /** Keep the current camera (z/lat/lon); false: the embed fits the province. */
  view: boolean;
  lang: Language;
  legend: boolean;
  panel: boolean;
  /** Plain text, '' for none; at most MAX_EMBED_TITLE characters (longer is left out). */
  title: string;
  scroll: ScrollZoom;
}

export const SIZE_LIMITS = { width: { min: 280, max: 1920 }, height: { min: 200, max: 1200 } } as const;

/** Whether `title` can travel in the link (embed-url.ts refuses the rest). */
export function titleAllowed(title: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match them
  return [...title.trim()].length <= MAX_EMBED_TITLE && !/[\u0000-\u001f\u007f]/.test(title);
}

/**
 * The embed's address: `page` (the viewer's address without its hash, e.g.
 * `https://host/ban-do/`) with `state` (the viewer's current link state) and the options as keys.
 */
export function embedUrl(page: string, state: UrlState, o: EmbedOptions): string {
  const { zoom, lat, lon, embed: _e, panel: _p, legend: _l, title: _t, scroll: _s, ...rest } = state;
  const title = o.title.trim();
  const out: UrlState = {
    ...rest,
    lang: o.lang,
    ...(o.view && zoom !== undefined ? { zoom, lat, lon } : {}),
    embed: true,
    ...(o.panel ? { panel: true } : {}),
    ...(o.legend ? {} : { legend: false }),
    ...(title && titleAllowed(title) ? { title } : {}),
    ...(o.scroll !== 'coop' ? { scroll: o.scroll } : {}),
  };
  return `${page}${serializeHash(out)}`;
}

/** `s` safe inside a double-quoted HTML attribute. */
export function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The snippet: an <iframe> with a title (the map's title, or `fallbackTitle`), loading="lazy",
 * referrerpolicy="strict-origin-when-cross-origin" (the map learns the embedding site, not the
 * page's path and query), allow="fullscreen" for the fullscreen button, and the size.
 */
export function iframeSnippet(url: string, o: EmbedOptions, fallbackTitle: string): string {
  const title = o.title.trim() && titleAllowed(o.title) ? o.title.trim() : fallbackTitle;
  const size = o.responsive
    ? `style="width:100%;height:${o.height}px;border:0"`
    : `width="${o.width}" height="${o.height}" style="border:0"`;
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" ${size} loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen"></iframe>`;
}
