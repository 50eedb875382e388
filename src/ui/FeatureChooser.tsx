// The chooser: several features under one click (or under the map centre on Enter) are offered as
// a listbox next to that point, each named with its layer, so features drawn at the same spot (the
// Lai Hưng and Bàu Bàng science-and-technology parks share one point) can all be reached.
import type { Feature, Geometry } from 'geojson';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { LayerId } from '../data/schema';
import { type Formatters, useT } from '../i18n';
import { useBigLayers } from '../state/big-layers-store';
import { useCatalog } from '../state/catalog';
import { findFeature, useLayers } from '../state/layers';
import { type FeatureRef, type MapPoint, useSelection } from '../state/selection';
import { useUserLayers } from '../state/user-layers-store';
import { importedFeatureTitle } from './feature-name';
import { layerTitleKey } from './LayerPanel';
import { rovingIndex } from './roving';

export interface ChooserItem {
  ref: FeatureRef;
  /** "Name (layer)", in the user's language. */
  label: string;
}

/** What kind of imported layer a layer is (importedFeatureTitle's), or null for a curated one. */
export type ImportedKind = (id: LayerId) => { big: boolean; idsMade: boolean } | null;

/**
 * The chooser's lines for `refs`, in their order; a feature no longer loaded is left out. A feature
 * of an imported layer (`kindOf`) is titled as the info panel, the table and the search title it
 * ("Đối tượng số 1" for an unnamed one: it read as a bare "1", like a value of the file).
 */
export function chooserItems(
  refs: readonly FeatureRef[],
  lookup: (ref: FeatureRef) => Feature<Geometry | null> | null,
  layerTitle: (id: LayerId) => string,
  f: Formatters,
  kindOf: ImportedKind = () => null,
): ChooserItem[] {
  const items: ChooserItem[] = [];
  for (const ref of refs) {
    const feature = lookup(ref);
    if (!feature) continue;
    const kind = kindOf(ref.layerId);
    // A curated feature without a name (none so far): its own id, else its ref.
    const own = feature.properties?.id;
    const name = kind
      ? importedFeatureTitle(feature.properties, ref.featureId, kind, f)
      : f.name(feature.properties) ||
        (typeof own === 'string' || typeof own === 'number' ? String(own) : '') ||
        ref.featureId;
    items.push({ ref, label: f.t('chooser.option', { name, layer: layerTitle(ref.layerId) }) });
  }
  return items;
}

const WIDTH = 300;
const ROW = 34;
const CHROME = 64;
const MARGIN = 8;

/**
 * The chooser's top-left corner (CSS pixels in the viewport) for `count` lines opened at `point`:
 * below and right of the point, flipped above it when it would run off the bottom, always inside.
 */
export function chooserPosition(
  point: MapPoint,
  count: number,
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const width = Math.min(WIDTH, viewport.width - 2 * MARGIN);
  const height = CHROME + ROW * count;
  const left = Math.max(MARGIN, Math.min(point.x + MARGIN, viewport.width - width - MARGIN));
  let top = point.y + MARGIN;
  if (top + height > viewport.height - MARGIN) top = point.y - height - MARGIN;
  top = Math.max(MARGIN, Math.min(top, viewport.height - height - MARGIN));
  return { left, top };
}

/** Hands the focus back to the map canvas (where Enter opened the chooser). */
function focusMap(): void {
  document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
}

export function FeatureChooser() {
  const f = useT();
  const choices = useSelection((s) => s.choices);
  const layers = useLayers((s) => s.layers);
  const catalog = useCatalog((s) => s.catalog);
  const userLayers = useUserLayers((s) => s.layers);
  const bigLayers = useBigLayers((s) => s.layers);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setActive(0);
    if (choices) listRef.current?.focus();
  }, [choices]);

  if (!choices) return null;
  // Imported layers (small or large) are titled by their file's name, as in the layer panel.
  const layerTitle = (id: LayerId) =>
    userLayers[id]?.description.title[f.lang] ||
    bigLayers[id]?.description.title[f.lang] ||
    catalog?.layers.find((l) => l.id === id)?.title[f.lang] ||
    f.t(layerTitleKey(id));
  const kindOf: ImportedKind = (id) =>
    bigLayers[id]
      ? { big: true, idsMade: false }
      : userLayers[id]
        ? { big: false, idsMade: !!userLayers[id]!.idsMade }
        : null;
  const items = chooserItems(
    choices.refs,
    (r) => findFeature(layers, r.layerId, r.featureId),
    layerTitle,
    f,
    kindOf,
  );
  const { left, top } = chooserPosition(choices.point, items.length, {
    width: window.innerWidth,
    height: window.innerHeight,
  });

  const close = () => {
    useSelection.getState().closeChoices();
    if (choices.byKeyboard) focusMap();
  };
  const choose = (i: number) => {
    const item = items[i];
    if (item) useSelection.getState().select(item.ref);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = rovingIndex(e.key, active, items.length, 'vertical');
    if (next !== null) {
      e.preventDefault();
      setActive(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      // The innermost thing: App's Escape (info panel, analysis panel) must not see this one.
      e.preventDefault();
      e.nativeEvent.stopPropagation();
      close();
    }
  };

  return (
    <div className="chooser" data-testid="feature-chooser" style={{ left, top }}>
      <p className="chooser-title" id="chooser-title">
        {f.t('chooser.title', { count: items.length })}
      </p>
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-labelledby="chooser-title"
        aria-describedby="chooser-hint"
        aria-activedescendant={`chooser-option-${active}`}
        onKeyDown={onKey}
        // Leaving the list (Tab, a click elsewhere) closes it without choosing.
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null))
            useSelection.getState().closeChoices();
        }}
      >
        {items.map((item, i) => (
          // The list itself has the focus and handles the keys (aria-activedescendant); an option
          // only takes the pointer.
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the listbox around it
          <div
            key={`${item.ref.layerId}/${item.ref.featureId}`}
            id={`chooser-option-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            data-layer-id={item.ref.layerId}
            data-feature-id={item.ref.featureId}
            onClick={() => choose(i)}
            onMouseMove={() => setActive(i)}
          >
            {item.label}
          </div>
        ))}
      </div>
      <p className="chooser-hint" id="chooser-hint">
        {f.t('chooser.hint')}
      </p>
    </div>
  );
}
