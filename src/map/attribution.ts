// The map's credit line in the app's language. The offline basemap's style (tiles/basemap.ts) credits
// its boundaries on its sources, in English, as a style for any viewer should; MapLibre's
// AttributionControl shows a source's credit verbatim, so a Vietnamese page showed an English
// credit. For the app's own basemap the sources' credits are taken off and the control shows the
// same credit from the locale table instead, redrawn on every language change. A basemap style of
// another origin keeps its own credits (the app cannot know how to translate them). Kept small: it
// is in the embed's first paint, which has a byte budget (README, bench/bundle-size.ts).
import type { AttributionControl, StyleSpecification } from 'maplibre-gl';
import { translate } from '../i18n';
import type { Language } from '../state/language';

/** MapLibre's own credit (the control's default, which giving `customAttribution` replaces). */
export const MAPLIBRE_CREDIT = '<a href="https://maplibre.org/" target="_blank">MapLibre</a>';

/**
 * Takes the credits off the sources of `style` (in place: a style just fetched) when it is the
 * app's own basemap; returns whether it was.
 */
export function takeOwnCredits(style: StyleSpecification): boolean {
  if (
    (style.metadata as Record<string, unknown> | undefined)?.['binh-duong:generator'] !== 'tiles/basemap.ts'
  )
    return false;
  for (const s of Object.values(style.sources)) delete (s as { attribution?: string }).attribution;
  return true;
}

/**
 * Shows MapLibre's credit and, for the app's own basemap (`own`), its credit in `lang` on
 * `control`. The credit is the locale table's text, never user text: the control writes it as HTML.
 */
export function setCredits(control: AttributionControl, own: boolean, lang: Language): void {
  control.options.customAttribution = own
    ? [MAPLIBRE_CREDIT, translate(lang, 'map.baseCredit')]
    : MAPLIBRE_CREDIT;
  // MapLibre's own redraw (not private in its types): the control reads its options again.
  if (control._map?.style) control._updateAttributions();
}
