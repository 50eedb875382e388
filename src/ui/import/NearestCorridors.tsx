// "Nearest corridor of each of my points" for an imported point layer (issue 10 §1): the analysis
// worker's nearestCorridors over the curated corridors, listed under the layer's row. A worker of
// its own is started on the first press (user-analysis-client.ts).
import { useId, useMemo, useState } from 'react';
import type { NearestCorridorRow } from '../../analysis/nearest-corridor';
import { useT } from '../../i18n';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';
import { rowHead } from '../feature-name';
import { distinctNames } from '../search/distinct-names';
import { NearestFields } from './NearestFields';
import { ChooseRow, ResultOnMapToggle } from './ResultOnMap';
import { userAnalysisClient } from './user-analysis-client';
import { AnalysisTitle, featureLabel } from './user-analysis-common';

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
  const f = useT();
  const { t, num, fixed, lang } = f;
  const fields = useUserLayers((s) => s.layers[id]?.fields);
  const idsMade = useUserLayers((s) => s.layers[id]?.idsMade === true);
  const titleId = useId();
  const features = useLayers((s) => s.layers[id]?.features);
  const [rows, setRows] = useState<NearestCorridorRow[] | null>(null);
  const [corridor, setCorridor] = useState('');
  const [maxKm, setMaxKm] = useState<number | null>(null);
  const shown = useMemo(
    () =>
      rows && maxKm !== null ? rows.filter((r) => r.distanceKm !== null && r.distanceKm <= maxKm) : rows,
    [rows, maxKm],
  );
  const points = useMemo(
    () =>
      (features ?? []).flatMap((f, i) =>
        f.geometry?.type === 'Point' ? [{ i, p: f.geometry.coordinates as [number, number] }] : [],
      ),
    [features],
  );
  // The shown answers' feature ids (the map and the table select by them).
  const idOf = (i: number) => String(features?.[points[i]?.i ?? -1]?.properties?.id ?? '');
  const onMap = useMemo(() => {
    if (!shown || shown.length === 0) return null;
    return new Set(shown.map((r) => String(features?.[points[r.index]?.i ?? -1]?.properties?.id ?? '')));
  }, [shown, features, points]);
  // Drawn with the answer while shown: a line from each point to its corridor's nearest point.
  const drawing = useMemo(
    () => ({
      connectors: (shown ?? []).flatMap((r) =>
        r.point ? [{ from: points[r.index]!.p, to: r.point, kind: 'corridor' as const }] : [],
      ),
    }),
    [shown, points],
  );
  // Named as the other analyses name features (own name, else id, else the point's number), and
  // same-named ones told apart as the map search tells them (distinct-names.ts); once per answer.
  const rowNames = useMemo(() => {
    const listed = (shown ?? []).slice(0, MAX_ROWS).map((r) => ({
      feature: features?.[points[r.index]!.i],
      index: points[r.index]!.i,
    }));
    return distinctNames(id, listed, (it) => featureLabel(it.feature, it.index, f, idsMade), fields ?? [], f);
  }, [id, shown, points, features, fields, f, idsMade]);
  if (points.length === 0) return null;
  return (
    <section className="user-layer-nearest" data-testid={`nearest-${id}`} aria-labelledby={titleId}>
      <AnalysisTitle id={titleId}>{t('userLayers.nearest.title')}</AnalysisTitle>
      <NearestFields corridor={corridor} onCorridor={setCorridor} onMaxKm={setMaxKm} />
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
        <p role="status" data-testid="nearest-count">
          {t('userLayers.nearest.count', {
            shown: num(shown.length),
            total: num(rows!.length),
            km: num(maxKm, 2),
          })}
        </p>
      )}
      <ResultOnMapToggle
        layerId={id}
        source="nearest"
        result={onMap}
        count={shown?.length ?? 0}
        drawing={drawing}
        note={t('userLayers.nearest.onMapNote')}
      />
      {shown && (
        <ol className="user-layer-nearest-rows">
          {shown.slice(0, MAX_ROWS).map((r, k) => (
            <ChooseRow key={r.index} layerId={id} featureId={idOf(r.index)} name={rowNames[k]!}>
              {t('userLayers.nearest.row', {
                point: rowHead(rowNames[k]!),
                corridor: (lang === 'vi' ? r.name_vi : r.name_en) ?? r.corridorId ?? '—',
                km: r.distanceKm === null ? '—' : fixed(r.distanceKm, 2),
              })}
            </ChooseRow>
          ))}
          {shown.length > MAX_ROWS && (
            <li>{t('userLayers.nearest.more', { count: num(shown.length - MAX_ROWS) })}</li>
          )}
        </ol>
      )}
    </section>
  );
}
