// "Nearest corridor of each of my points" for an imported point layer (issue 10 §1): the analysis
// worker's nearestCorridors over the curated corridors, listed under the layer's row. A worker of
// its own is started on the first press (user-analysis-client.ts).
import { useState } from 'react';
import type { NearestCorridorRow } from '../../analysis/nearest-corridor';
import { useT } from '../../i18n';
import { useLayers } from '../../state/layers';
import { NearestFields, parseMaxKm } from './NearestFields';
import { userAnalysisClient } from './user-analysis-client';

async function nearest(
  points: [number, number][],
  corridorId?: string,
): Promise<NearestCorridorRow[] | null> {
  const c = await userAnalysisClient();
  if (!c) return null;
  const r = await c.nearestCorridors(points, corridorId);
  return r.ok ? r.value : null;
}

const MAX_ROWS = 50;

export function NearestCorridors({ id, title }: { id: string; title: string }) {
  const { t, num, lang } = useT();
  const features = useLayers((s) => s.layers[id]?.features);
  const [rows, setRows] = useState<NearestCorridorRow[] | null>(null);
  const [corridor, setCorridor] = useState('');
  const [km, setKm] = useState('');
  const maxKm = parseMaxKm(km);
  const shown =
    rows && maxKm !== null ? rows.filter((r) => r.distanceKm !== null && r.distanceKm <= maxKm) : rows;
  const points = (features ?? []).flatMap((f, i) =>
    f.geometry?.type === 'Point' ? [{ i, p: f.geometry.coordinates as [number, number] }] : [],
  );
  if (points.length === 0) return null;
  const label = (i: number) => String(features?.[points[i]!.i]?.properties?.id ?? i + 1);
  return (
    <div className="user-layer-nearest" data-testid={`nearest-${id}`}>
      <NearestFields corridor={corridor} onCorridor={setCorridor} km={km} onKm={setKm} />
      <button
        type="button"
        aria-label={t('userLayers.nearest.aria', { title })}
        onClick={() =>
          void nearest(
            points.map((x) => x.p),
            corridor || undefined,
          ).then(setRows)
        }
      >
        {t('userLayers.nearest')}
      </button>
      {shown && maxKm !== null && (
        <p>
          {t('userLayers.nearest.count', {
            shown: num(shown.length),
            total: num(rows!.length),
            km: num(maxKm, 2),
          })}
        </p>
      )}
      {shown && (
        <ol className="user-layer-nearest-rows">
          {shown.slice(0, MAX_ROWS).map((r) => (
            <li key={r.index}>
              {t('userLayers.nearest.row', {
                point: label(r.index),
                corridor: (lang === 'vi' ? r.name_vi : r.name_en) ?? r.corridorId ?? '—',
                km: r.distanceKm === null ? '—' : num(r.distanceKm, 2),
              })}
            </li>
          ))}
          {shown.length > MAX_ROWS && (
            <li>{t('userLayers.nearest.more', { count: num(shown.length - MAX_ROWS) })}</li>
          )}
        </ol>
      )}
    </div>
  );
}
