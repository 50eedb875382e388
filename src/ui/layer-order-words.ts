// What a screen reader hears while a layer is dragged (dnd-kit's live region), in the user's
// language: the layer's title and its place in the list (1 = top of the map). Pure, tested.
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { MessageKey } from '../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Announcements for the list `ids` (top first): `title(id)` names a layer, `num` formats a
 * position in the locale. A drop outside the list reports the place the layer stays at.
 */
export function layerOrderAnnouncements(
  t: T,
  ids: readonly string[],
  title: (id: string) => string,
  num: (n: number) => string,
): Announcements {
  const place = (id: string | number | undefined) => num(ids.indexOf(String(id)) + 1);
  const say = (key: MessageKey, active: string | number, at: string | number | undefined) =>
    t(key, { title: title(String(active)), position: place(at ?? active), count: num(ids.length) });
  return {
    onDragStart: ({ active }) => say('layerOrder.start', active.id, active.id),
    onDragOver: ({ active, over }) => (over ? say('layerOrder.over', active.id, over.id) : undefined),
    onDragEnd: ({ active, over }) => say('layerOrder.end', active.id, over?.id),
    onDragCancel: ({ active }) => say('layerOrder.cancel', active.id, active.id),
  };
}

export const layerOrderInstructions = (t: T): ScreenReaderInstructions => ({
  draggable: t('layerOrder.instructions'),
});
