// The info panel: the selected feature's name, its rows (info-rows.tsx), its sources and quality, and
// the focus that moves into it when it opens and back when it closes.

import { type RefObject, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { isUserLayerId } from '../layers/user-description';
import { useAnalysis } from '../state/analysis';
import { bigFeature } from '../state/big-feature';
import { bigFeatureHidden } from '../state/big-filter';
import { useBigLayers } from '../state/big-layers-store';
import { useFilters } from '../state/filters';
import { findFeature, useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import { filteredOf } from '../state/shown-features';
import { useUserLayers } from '../state/user-layers-store';
import { importedFeatureTitle } from './feature-name';
import { analysisAreaRow, propertyRows, rowsFor, text } from './info-rows';
import { InfoPick } from './investors/InfoPick';
import { useLayerTitle } from './LayerPanel';

export {
  analysisAreaRow,
  corridorRows,
  districtRows,
  parkDrawnAsPoint,
  parkRows,
  propertyRows,
  qualityExplainKey,
  type Row,
  rowsFor,
  Sources,
} from './info-rows';

/**
 * Focus for a panel that opens on its own (a selection): its heading takes the focus when it opens,
 * so a keyboard or screen-reader user lands on the feature's name; when it closes with the focus
 * inside it (Escape, its close button), the focus goes back where it was before, or to the map
 * when that is gone (the chooser it was picked in). A close that left the focus elsewhere (a click
 * on the map) leaves it there.
 */
function useFocusOnOpen(open: boolean, target: RefObject<HTMLElement | null>): void {
  const returnTo = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
      target.current?.focus({ preventScroll: true });
    } else if (!open && wasOpen.current) {
      const active = document.activeElement;
      if (!active || active === document.body) {
        const back = returnTo.current?.isConnected ? returnTo.current : null;
        (back ?? document.querySelector<HTMLElement>('.maplibregl-canvas'))?.focus({ preventScroll: true });
      }
      returnTo.current = null;
    }
    wasOpen.current = open;
  }, [open, target]);
}

export function InfoPanel() {
  const f = useT();
  const selected = useSelection((s) => s.selected);
  const select = useSelection((s) => s.select);
  const layers = useLayers((s) => s.layers);
  const layerTitle = useLayerTitle(selected?.layerId ?? 'districts');
  const area = useAnalysis((s) => s.selectedArea);
  // A large layer's feature is built from its chunk only now, for this panel (issue 10 §2).
  const big = useBigLayers((s) => (selected ? s.layers[selected.layerId] : undefined));
  // The `id` the viewer gave a file's features is not one of the file's properties (UserLayer.idsMade).
  const idsMade = useUserLayers((s) => (selected ? s.layers[selected.layerId]?.idsMade === true : false));
  const feature = !selected
    ? null
    : big
      ? bigFeature(selected.layerId, selected.featureId)
      : findFeature(layers, selected.layerId, selected.featureId);
  const filter = useFilters((s) => (selected ? s.filters[selected.layerId] : undefined));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(feature !== null, heading);
  if (!selected || !feature) return null;
  // Still shown when the layer's filter hides it (a filter changed while it was selected, or a
  // search result chosen), saying so: the map no longer draws it.
  const hidden = big
    ? bigFeatureHidden(big, Number(selected.featureId), filter)
    : !!filter && !filteredOf(layers[selected.layerId]?.features ?? [], filter).includes(feature as never);
  const districtName = (code: string) => {
    const d = layers.districts.features.find((x) => String(x.properties?.code) === String(code));
    return d ? f.name(d.properties) : '';
  };
  // An imported feature is named as the features-in-view list names it (feature-name.ts).
  const imported = big || isUserLayerId(selected.layerId);
  const name = imported
    ? importedFeatureTitle(feature.properties, selected.featureId, { big: !!big, idsMade }, f)
    : f.name(feature.properties) || selected.featureId;
  const other = f.lang === 'vi' ? text(feature.properties?.name_en) : text(feature.properties?.name_vi);
  // An imported layer's feature (small or large) shows the file's own properties: the curated
  // layers' rows (sources, geometry quality) would show none of them.
  const rows = imported
    ? propertyRows(feature, f).filter(([k]) => !(idsMade && k === 'id'))
    : rowsFor(selected.layerId, feature, f, districtName);
  // A district's rows already give its Turf area ("computed from the boundary"); for a park the
  // analysis row adds what the area is based on (stated, the footprint being schematic).
  if (area && selected.layerId === 'parks' && area.layer === 'parks' && area.id === selected.featureId) {
    rows.splice(2, 0, ...analysisAreaRow(area, f));
  }

  return (
    <aside className="info-panel" data-testid="info-panel" aria-label={f.t('info.title')}>
      <header>
        <div>
          <p className="info-layer">{layerTitle}</p>
          {(selected.side === 'left' || selected.side === 'right') && (
            <p className="info-layer info-side" data-testid="info-side">
              {f.t(`compare.side.${selected.side}`)}
            </p>
          )}
          <h2 ref={heading} tabIndex={-1}>
            {name}
          </h2>
          {other && other !== name && (
            <p className="info-alt" lang={f.lang === 'vi' ? 'en' : 'vi'}>
              {other}
            </p>
          )}
        </div>
        <button type="button" className="close" aria-label={f.t('info.close')} onClick={() => select(null)}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {hidden && (
        <p className="info-hidden" data-testid="info-hidden">
          {f.t('info.hiddenByFilter')}
        </p>
      )}
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="info-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {selected.layerId === 'parks' && <InfoPick id={selected.featureId} name={name} />}
    </aside>
  );
}
