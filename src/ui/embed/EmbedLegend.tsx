// The embed's legend: the existing Legend of every visible, loaded layer, read-only, folded in a
// <details> so a small frame can show the whole map (open at start from 480 px wide).
import { LAYER_IDS, type LayerId } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { useCatalog } from '../../state/catalog';
import { useLayers } from '../../state/layers';
import { Legend } from '../Legend';

function LayerTitle({ id }: { id: LayerId }) {
  const { t, lang } = useT();
  // The catalog names the layers; the locale table covers the moment before it arrives.
  const title = useCatalog((s) => s.catalog?.layers.find((l) => l.id === id)?.title);
  return <>{title?.[lang] || t(`layer.${id}` as MessageKey)}</>;
}

export function EmbedLegend() {
  const { t } = useT();
  const layers = useLayers((s) => s.layers);
  const shown = LAYER_IDS.filter((id) => layers[id].visible && layers[id].status === 'ready');
  return (
    <details className="embed-legend" data-testid="embed-legend" open={window.innerWidth >= 480}>
      <summary>{t('embed.legend')}</summary>
      {shown.length === 0 && <p className="embed-legend-empty">{t('embed.legend.empty')}</p>}
      {shown.map((id) => (
        <section key={id} className="embed-legend-layer" data-layer={id}>
          <h2>
            <LayerTitle id={id} />
          </h2>
          <Legend layerId={id} features={layers[id].features} />
        </section>
      ))}
    </details>
  );
}
