// The features in view, as text (issue 11 §5): the map canvas is opaque to a screen reader, so this
// lists the visible layers' features whose box overlaps the map's view (in-view.ts), grouped by
// layer, each a button that selects the feature and zooms to it the way a table row does. A
// disclosure button ("Features in view (N)") folds it; the count is also said in a polite live
// region. It follows the view store's camera, which the map sets when it settles (moveend), and is
// recomputed a moment after the last change, so a burst of moves or filter edits is read once.
// A large imported layer is counted from its chunks (in-view-big.ts): every feature in view counts,
// its first 100 get buttons, as a small layer's.
import type { Feature } from 'geojson';
import { useEffect, useId, useMemo, useState } from 'react';
import type { LayerId } from '../data/schema';
import { useT } from '../i18n';
import { isUserLayerId } from '../layers/user-description';
import { useBigLayers } from '../state/big-layers-store';
import { useCompare } from '../state/compare';
import { selectLayerFilter, useFilters } from '../state/filters';
import { useLayers, visibleIds } from '../state/layers';
import { shownFeatures } from '../state/shown-features';
import { useUserLayers } from '../state/user-layers-store';
import { useView } from '../state/view';
import { chooseAndZoom } from './choose-feature';
import { importedFeatureTitle } from './feature-name';
import { featuresInView, type InViewGroup } from './in-view';
import { bigFeaturesInView } from './in-view-big';
import { useLayerTitle } from './LayerPanel';

/** Wait after the last change before listing again (ms). */
const SETTLE_MS = 300;
/** Buttons per layer: past this the list says how many more and asks to zoom in. */
const MAX_PER_LAYER = 100;

export function InViewList() {
  const f = useT();
  const [open, setOpen] = useState(false);
  const bounds = useView((s) => s.view?.bounds);
  const layers = useLayers((s) => s.layers);
  const filters = useFilters((s) => s);
  const compareMode = useCompare((s) => s.mode);
  const compareLeft = useCompare((s) => s.left);
  const big = useBigLayers((s) => s.layers);
  const [groups, setGroups] = useState<InViewGroup[] | null>(null);
  const listId = useId();

  useEffect(() => {
    if (!bounds) return;
    const timer = setTimeout(() => {
      // In a comparison the view is the left map's camera, so the left map's layers are listed.
      const ids: LayerId[] = compareMode ? compareLeft : visibleIds(layers);
      const next: InViewGroup[] = [];
      for (const layerId of ids) {
        if (layers[layerId]?.status !== 'ready') continue;
        // A large layer holds no features here: its chunks are counted (in-view-big.ts).
        const bigLayer = big[layerId];
        const group = bigLayer
          ? bigFeaturesInView(bigLayer, selectLayerFilter(layerId)(filters), bounds, MAX_PER_LAYER)
          : featuresInView([{ layerId, features: shownFeatures(layerId) as Feature[] }], bounds)[0];
        if (group) next.push(group);
      }
      setGroups(next);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [bounds, layers, big, filters, compareMode, compareLeft]);

  const total = useMemo(() => groups?.reduce((n, g) => n + g.total, 0) ?? 0, [groups]);
  const count = groups ? f.num(total) : '…';

  return (
    <section className="in-view" aria-label={f.t('inview.region')} data-testid="in-view">
      <button
        type="button"
        className="in-view-toggle"
        aria-expanded={open}
        aria-controls={listId}
        data-testid="in-view-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {f.t('inview.toggle', { count })}
      </button>
      <p className="visually-hidden" aria-live="polite" data-testid="in-view-live">
        {groups ? f.t('inview.live', { count }) : ''}
      </p>
      <div id={listId} className="in-view-body" hidden={!open}>
        {open && !groups && <p>{f.t('inview.waiting')}</p>}
        {open && groups?.length === 0 && <p>{f.t('inview.empty')}</p>}
        {open && groups?.map((g) => <Group key={g.layerId} group={g} />)}
      </div>
    </section>
  );
}

/** One layer's features in view: a heading with its title and count, a button per feature. */
function Group({ group: g }: { group: InViewGroup }) {
  const f = useT();
  const title = useLayerTitle(g.layerId);
  const idsMade = useUserLayers((s) => s.layers[g.layerId]?.idsMade === true);
  const imported = g.big || isUserLayerId(g.layerId);
  return (
    <section aria-label={title} data-layer={g.layerId} data-count={g.total}>
      <h3 className="in-view-group-title">{f.t('inview.group', { layer: title, count: f.num(g.total) })}</h3>
      <ul className="in-view-list">
        {g.items.slice(0, MAX_PER_LAYER).map(({ id, feature }) => {
          // An imported layer's feature is named as the info panel names it (feature-name.ts).
          const name = imported
            ? importedFeatureTitle(feature.properties, id, { big: !!g.big, idsMade }, f)
            : f.name(feature.properties) || f.t('inview.unnamed', { id });
          return (
            <li key={id}>
              <button
                type="button"
                className="in-view-item"
                data-feature-id={id}
                onClick={() => chooseAndZoom({ layerId: g.layerId, featureId: id })}
              >
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      {g.total > MAX_PER_LAYER && <p>{f.t('inview.more', { count: f.num(g.total - MAX_PER_LAYER) })}</p>}
    </section>
  );
}
