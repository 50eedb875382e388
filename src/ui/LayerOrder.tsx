// Reordering the layer list (issue 8 §2) with dnd-kit: drag by the handle with a pointer, or focus
// the handle, Space, arrow keys, Space (dnd-kit's keyboard sensor), with announcements in the
// user's language. The list is top first (the top layer is drawn on top); the store's order is
// bottom first.
import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type CSSProperties, type ReactNode, useCallback, useMemo } from 'react';
import './layer-order.css';
import type { LayerId } from '../data/schema';
import { useT } from '../i18n';
import { useCatalog } from '../state/catalog';
import { useLayers } from '../state/layers';
import { layerOrderAnnouncements, layerOrderInstructions } from './layer-order-words';

/** The store's index (bottom first) of the list position `top` (top first) in a list of `n`. */
const storeIndex = (top: number, n: number) => n - 1 - top;

/** The sortable list: `ids` top first; children are the rows (each calling useLayerSortable). */
export function SortableLayerList({ ids, children }: { ids: LayerId[]; children: ReactNode }) {
  const { t, lang, num } = useT();
  const catalog = useCatalog((s) => s.catalog);
  const moveLayer = useLayers((s) => s.moveLayer);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // One accessibility object per list and language: a new one on every render (the panel renders
  // on every loading progress step) would re-render dnd-kit's context and every row with it.
  const accessibility = useMemo(() => {
    const title = (id: string) => catalog?.layers.find((l) => l.id === id)?.title[lang] || id;
    return {
      announcements: layerOrderAnnouncements(t, ids, title, num),
      screenReaderInstructions: layerOrderInstructions(t),
    };
  }, [t, num, ids, catalog, lang]);
  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      if (!over || active.id === over.id) return;
      const to = ids.indexOf(String(over.id));
      if (to >= 0) moveLayer(String(active.id), storeIndex(to, ids.length));
    },
    [ids, moveLayer],
  );
  return (
    <DndContext
      sensors={sensors}
      // Rows differ a lot in height (a legend of ten entries beside one of one): the row the moved
      // one overlaps most is the target. closestCenter keeps a short row over its own place when
      // the keyboard moves it onto a tall neighbour's top.
      collisionDetection={rectIntersection}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** A row's sortable wiring: the ref and style for its `<li>`, the props of its drag handle. */
export function useLayerSortable(id: LayerId) {
  const { t } = useT();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
    attributes: { roleDescription: t('layerOrder.roleDescription') },
  });
  const style: CSSProperties = {
    // Moved, never scaled: rows of different heights keep their text undistorted.
    transform: CSS.Translate.toString(transform),
    transition,
    ...(isDragging ? { position: 'relative', zIndex: 1 } : {}),
  };
  return { setNodeRef, style, handle: { ...attributes, ...listeners }, isDragging };
}

/**
 * The drag handle of one row: dnd-kit makes it a focusable role="button" (tabIndex 0, described
 * by the instructions) that a pointer drags and Space / arrow keys / Space move. A span, not a
 * <button>: dnd-kit's attributes already give it the button role and keyboard activation.
 */
export function LayerDragHandle({
  id,
  title,
  handle,
}: {
  id: LayerId;
  title: string;
  handle: ReturnType<typeof useLayerSortable>['handle'];
}) {
  const { t } = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: dnd-kit's handle (role, tabIndex, keys from its attributes); a span so the panel's control count per row stays as its test states.
    <span
      className="layer-drag"
      data-layer-drag={id}
      {...handle}
      role="button"
      tabIndex={0}
      aria-label={t('layerOrder.handle', { title })}
    >
      <span aria-hidden="true">⠿</span>
    </span>
  );
}
