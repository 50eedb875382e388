// The map's credit line in the app's language. The offline basemap's style (tiles/basemap.ts) credits
// its boundaries on its `land` source, in English, as a style for any viewer should; MapLibre's
// AttributionControl shows a source's credit verbatim, so a Vietnamese page showed an English
// credit. For the app's own basemap the sources' credits are taken off and the control shows the
// same credit from the locale table instead, redrawn on every language change. A basemap style of
// another origin keeps its own credits untouched (the app cannot know how to translate them).
import { AttributionControl, type StyleSpecification } from 'maplibre-gl';
import { translate } from '../i18n';
import type { Language } from '../state/language';

/** MapLibre's own credit (the control's default, which giving `customAttribution` replaces). */
const MAPLIBRE_CREDIT = '<a href="https://maplibre.org/" target="_blank">MapLibre</a>';
/** The generator the app's own basemap style names in its metadata. */
const OWN_STYLE = 'tiles/basemap.ts';

/** An AttributionControl whose extra credits can change after it is added. */
export class LocalizedAttribution extends AttributionControl {
  constructor() {
    super({ compact: true, customAttribution: MAPLIBRE_CREDIT });
  }

  /**
   * Shows MapLibre's credit and `credits` (plain text from the app's locale tables: escaped here,
   * since the control writes HTML). Redraws at once when the control is on a map with a style.
   */
  setCredits(credits: readonly string[]): void {
    this.options = { ...this.options, customAttribution: [MAPLIBRE_CREDIT, ...credits.map(escapeHtml)] };
    if (this._map?.style) this._updateAttributions();
  }
}

/**
 * Whether `style` is the app's own basemap; if so, a copy without its sources' credits (the app
 * shows them translated), else `style` itself.
 */
export function ownBasemapStyle(style: StyleSpecification): { style: StyleSpecification; own: boolean } {
  const meta = style.metadata as Record<string, unknown> | undefined;
  if (meta?.['binh-duong:generator'] !== OWN_STYLE) return { style, own: false };
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => {
      const { attribution: _, ...rest } = s as typeof s & { attribution?: string };
      return [id, rest as typeof s];
    }),
  );
  return { style: { ...style, sources }, own: true };
}

/** The credits the app shows for its own basemap, in `lang`. */
export const basemapCredits = (lang: Language): string[] => [translate(lang, 'map.baseCredit')];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
