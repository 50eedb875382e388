// A layer's "Filter" section in the layer panel (issue 8 §3): a disclosure button (aria-expanded)
// that shows the layer's field filters (FieldFilter: status, district, establishment year, kind),
// how many features are shown of how many, a button that clears the layer's filter, and the rule the
// app follows: the analysis uses every feature, whatever the filters. The count is on the button
// too, so a filtered layer is visible as such while the section is folded.
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { isEmptyFilter } from '../../lib/filter';
import { bigFilterCounts, useBigCounts } from '../../state/big-filter';
import { useBigLayers } from '../../state/big-layers-store';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { useFilteredFeatures } from '../../state/shown-features';
import { FieldFilter } from './FieldFilter';
import { PANEL_FILTER_FIELDS } from './fields';
import './filters.css';

export function LayerFilterPanel({ layer, title }: { layer: string; title: string }) {
  const f = useT();
  const fields = PANEL_FILTER_FIELDS[layer];
  const [open, setOpen] = useState(false);
  const features = useLayers((s) => s.layers[layer as keyof typeof s.layers]?.features);
  const filter = useFilters(selectLayerFilter(layer));
  const clearLayer = useFilters((s) => s.clearLayer);
  const shown = useFilteredFeatures(layer);
  // A large layer: choices, counts and the shown count from its chunks (src/state/big-filter.ts).
  const big = useBigLayers((s) => s.layers[layer]);
  const bigShown = useBigCounts(layer);
  const counts = useMemo(() => (big ? bigFilterCounts(big) : undefined), [big]);
  const regionId = useId();
  if (!fields || !features) return null;
  const active = !isEmptyFilter(filter);
  const count = f.t('filters.shown', {
    shown: f.num(bigShown?.shown ?? shown.length),
    total: f.num(bigShown?.total ?? features.length),
  });
  return (
    <div className={`layer-filter${active ? ' active' : ''}`} data-testid={`filter-${layer}`}>
      <button
        type="button"
        className="layer-filter-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        data-filter-toggle={layer}
        onClick={() => setOpen((o) => !o)}
      >
        {/* The name is the visible text plus the layer's title (hidden), so the spoken name starts
            with what is seen (WCAG 2.5.3, axe label-content-name-mismatch). */}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {f.t('filters.toggle')}
        <span className="visually-hidden"> {title}</span>
        {active && <span className="layer-filter-badge"> · {count}</span>}
      </button>
      <div id={regionId} className="layer-filter-body" hidden={!open}>
        {open &&
          fields.map((field) => (
            <FieldFilter
              key={field}
              layer={layer}
              field={field}
              features={features}
              counts={counts}
              idBase={`filter-${layer}`}
            />
          ))}
        {filter.query.trim() !== '' && <p>{f.t('filters.query', { query: filter.query.trim() })}</p>}
        <p className="layer-filter-count" role="status" data-testid={`filter-${layer}-count`}>
          {count}
        </p>
        <button
          type="button"
          className="layer-filter-clear"
          disabled={!active}
          onClick={() => clearLayer(layer)}
        >
          {/* The visible text first, then the layer (hidden), as on the toggle (WCAG 2.5.3). */}
          {f.t('filters.clear')}
          <span className="visually-hidden"> {title}</span>
        </button>
        <p className="filter-rule">{f.t('filters.rule')}</p>
      </div>
    </div>
  );
}
