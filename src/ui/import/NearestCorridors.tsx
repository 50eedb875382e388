// "Nearest corridor of each of my points" for an imported point layer (issue 10 §1): the analysis
// worker's nearestCorridors over the curated corridors, listed under the layer's row. A worker of
// its own is started on the first press (the analysis panel's runner keeps its client private).
import { useState } from 'react';
import type { AnalysisClient } from '../../analysis/client';
import type { NearestCorridorRow } from '../../analysis/nearest-corridor';
import { useT } from '../../i18n';
import { useLayers } from '../../state/layers';

let client: Promise<AnalysisClient> | null = null;
let loadedFrom: unknown = null;

async function nearest(points: [number, number][]): Promise<NearestCorridorRow[] | null> {
  const corridors = useLayers.getState().layers.corridors;
  if (corridors.status !== 'ready') return null;
  client ??= import('../../analysis/client').then(({ createAnalysisClient }) => createAnalysisClient());
  const c = await client;
  if (loadedFrom !== corridors.features) {
    const { packLayers } = await import('../../analysis/pack');
    await c.load(packLayers({ corridors: corridors.features }));
    loadedFrom = corridors.features;
  }
  const r = await c.nearestCorridors(points);
  return r.ok ? r.value : null;
}

const MAX_ROWS = 50;

export function NearestCorridors({ id, title }: { id: string; title: string }) {
  const { t, num, lang } = useT();
  const features = useLayers((s) => s.layers[id]?.features);
  const [rows, setRows] = useState<NearestCorridorRow[] | null>(null);
  const points = (features ?? []).flatMap((f, i) =>
    f.geometry?.type === 'Point' ? [{ i, p: f.geometry.coordinates as [number, number] }] : [],
  );
  if (points.length === 0) return null;
  const label = (i: number) => String(features?.[points[i]!.i]?.properties?.id ?? i + 1);
  return (
    <div className="user-layer-nearest" data-testid={`nearest-${id}`}>
      <button
        type="button"
        aria-label={t('userLayers.nearest.aria', { title })}
        onClick={() => void nearest(points.map((x) => x.p)).then(setRows)}
      >
        {t('userLayers.nearest')}
      </button>
      {rows && (
        <ol className="user-layer-nearest-rows">
          {rows.slice(0, MAX_ROWS).map((r) => (
            <li key={r.index}>
              {t('userLayers.nearest.row', {
                point: label(r.index),
                corridor: (lang === 'vi' ? r.name_vi : r.name_en) ?? r.corridorId ?? '—',
                km: r.distanceKm === null ? '—' : num(r.distanceKm, 2),
              })}
            </li>
          ))}
          {rows.length > MAX_ROWS && (
            <li>{t('userLayers.nearest.more', { count: num(rows.length - MAX_ROWS) })}</li>
          )}
        </ol>
      )}
    </div>
  );
}
