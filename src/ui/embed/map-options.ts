// The map options of an embed (issue 11 §2): cooperative gestures (or what `scroll=` asked), a
// fullscreen control for the embed's root, and MapLibre's own texts from our locale tables.
import { translate } from '../../i18n';
import type { PlanningMapOptions } from '../../map/PlanningMap';
import { useEmbed } from '../../state/embed';
import { useLanguage } from '../../state/language';

/** Nothing outside an embed; `el` is the map's container (the fullscreen control takes its embed root). */
export function embedMapOptions(el: HTMLElement): Partial<PlanningMapOptions> {
  const { embed, scroll } = useEmbed.getState();
  if (!embed) return {};
  const lang = useLanguage.getState().lang;
  const root = el.closest<HTMLElement>('.embed, .app') ?? el;
  return {
    gestures: scroll,
    fullscreen: root,
    // MapLibre's locale keys (maplibre-gl 6 defaultLocale): the hint over the map and the button.
    locale: {
      'CooperativeGesturesHandler.WindowsHelpText': translate(lang, 'embed.gesture.windows'),
      'CooperativeGesturesHandler.MacHelpText': translate(lang, 'embed.gesture.mac'),
      'CooperativeGesturesHandler.MobileHelpText': translate(lang, 'embed.gesture.mobile'),
      'FullscreenControl.Enter': translate(lang, 'embed.fullscreen.enter'),
      'FullscreenControl.Exit': translate(lang, 'embed.fullscreen.exit'),
    },
  };
}
