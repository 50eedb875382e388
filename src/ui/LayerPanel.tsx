import { useMemo } from 'react';
import type { LayerId } from '../data/schema';
import { type MessageKey, useT } from '../i18n';
import { useBigCounts } from '../state/big-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useCatalog } from '../state/catalog';
import { type LayerEntry, useLayers } from '../state/layers';
import { useFilteredFeatures } from '../state/shown-features';
import { useTable } from '../state/table';
// The map's drawing of large layers' filters follows the filter store (loads deck.gl's extension).
import './big-draw-filter-sync';
import { useUserLayers } from '../state/user-layers';
import { useAnswerDrawnCount } from './answer-count';
import { LayerFilterPanel } from './filters/LayerFilterPanel';
import { UserLayerExtras } from './import/UserLayerExtras';
import { LayerAbout, LayerControls } from './LayerControls';
import { LayerDragHandle, SortableLayerList, useLayerSortable } from './LayerOrder';
import { LayerProblems } from './LayerProblems';
import { Legend } from './Legend';

/** A large layer's legend has no features to draw classes from (its style is one colour). */
const NO_FEATURES: never[] = [];

export const layerTitleKey = (id: LayerId): MessageKey => `layer.${id}` as MessageKey;

/**
 * A layer's title comes from the catalog the pipeline wrote (the data names its layers, so another
 * region's build can name its own); the locale table covers the moment before the catalog arrives.
 */
export function useLayerTitle(id: LayerId): string {
  const { t, lang } = useT();
  const title = useCatalog((s) => s.catalog?.layers.find((l) => l.id === id)?.title);
  // An imported layer is titled by its file's name (plain text, never HTML).
  const user = useUserLayers((s) => s.layers[id]?.description.title);
  const big = useBigLayers((s) => s.layers[id]?.description.title);
  return user?.[lang] || big?.[lang] || title?.[lang] || t(layerTitleKey(id));
}

function LayerRow({ entry }: { entry: LayerEntry }) {
  const { t, num } = useT();
  const setVisible = useLayers((s) => s.setVisible);
  const title = useLayerTitle(entry.id);
  const catalogError = useCatalog((s) => s.error);
  const tableOpen = useTable((s) => s.layer === entry.id);
  const openTable = useTable((s) => s.open);
  const status = entry.status === 'idle' ? 'loading' : entry.status;
  // The count is of the features passing the layer's filter, as the map draws them (shown-features.ts).
  const small = useFilteredFeatures(entry.id).length;
  const sortable = useLayerSortable(entry.id);
  // A large layer (binary chunks) has no features here: its counts come from its chunks' masks.
  const bigLayer = useBigLayers((s) => s.layers[entry.id]);
  const big = !!bigLayer;
  const bigCounts = useBigCounts(entry.id);
  // While an analysis answer restricts the map, the legend counts what the map draws.
  const answerCount = useAnswerDrawnCount(entry.id);
  const shown = bigCounts?.shown ?? small;
  const total = bigCounts?.total ?? entry.features.length;
  const filtered = bigCounts ? bigCounts.filtered : shown !== total;
  return (
    <li
      ref={sortable.setNodeRef}
      style={sortable.style}
      className={`layer-row status-${status}${sortable.isDragging ? ' dragging' : ''}`}
      data-testid="layer-row"
      data-layer-id={entry.id}
      data-status={status}
      data-feature-count={entry.count}
    >
      <div className="layer-head">
        <LayerDragHandle id={entry.id} title={title} handle={sortable.handle} />
        <label className="layer-toggle">
          <input
            type="checkbox"
            checked={entry.visible}
            aria-label={t('layers.toggle', { title })}
            onChange={(e) => setVisible(entry.id, e.currentTarget.checked)}
          />
          <span className="layer-title">{title}</span>
        </label>
        <span className="layer-count" aria-live="polite">
          {status === 'loading' ? (
            <>
              <span className="spinner" aria-hidden="true" />
              {entry.count > 0 ? t('layers.loading', { count: num(entry.count) }) : t('app.loading')}
            </>
          ) : status === 'ready' ? (
            !filtered ? (
              t('layers.count', { count: num(entry.count) })
            ) : (
              t('filters.shown', { shown: num(shown), total: num(total) })
            )
          ) : null}
        </span>
        {/* The attribute table (issue 8 §4); its name starts with the visible word. */}
        {(!big || status === 'ready') && (
          <button
            type="button"
            className="table-open"
            data-table-open={entry.id}
            aria-label={t('table.open.aria', { title })}
            aria-pressed={tableOpen}
            onClick={() => openTable(entry.id)}
          >
            {t('table.open')}
          </button>
        )}
      </div>
      {/* A catalog failure is announced once, above the list; each row only points to it. */}
      {status === 'error' &&
        (catalogError && entry.error === catalogError ? (
          <p className="layer-error">{t('layers.error.catalog')}</p>
        ) : (
          <p className="layer-error" role="alert">
            {t('layers.error', {
              reason: t(`loadError.${entry.errorKind ?? 'format'}` as MessageKey),
              message: entry.error ?? '',
            })}
          </p>
        ))}
      {status === 'ready' && <LayerProblems problems={entry.problems} />}
      {status !== 'error' && <LayerControls id={entry.id} title={title} />}
      {status === 'ready' && <LayerFilterPanel layer={entry.id} title={title} />}
      {entry.visible && status !== 'error' && !big && (
        <Legend layerId={entry.id} features={entry.features} count={answerCount} />
      )}
      {entry.visible && status !== 'error' && bigLayer && (
        <Legend
          layerId={entry.id}
          features={NO_FEATURES}
          description={bigLayer.description}
          count={answerCount ?? bigCounts?.drawn ?? 0}
        />
      )}
      {big && <p className="big-layer-note">{t('bigTable.note')}</p>}
      <LayerAbout id={entry.id} />
      <UserLayerExtras id={entry.id} title={title} />
    </li>
  );
}

export function LayerPanel() {
  const { t } = useT();
  const layers = useLayers((s) => s.layers);
  // Top of the map first, as in every GIS layer list (the store's order is bottom first).
  const order = useLayers((s) => s.order);
  const ids = useMemo(() => [...order].reverse(), [order]);
  return (
    <section className="layer-panel" aria-label={t('layers.title')}>
      <h2>{t('layers.title')}</h2>
      <SortableLayerList ids={ids}>
        <ul className="layer-list">
          {ids.map((id) => {
            const entry = layers[id];
            return entry ? <LayerRow key={id} entry={entry} /> : null;
          })}
        </ul>
      </SortableLayerList>
    </section>
  );
}
