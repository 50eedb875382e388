// "My features within X km of Ring Road 4" for an imported layer with lines or polygons: the
// worker's userWithin (exact least distance; src/analysis/user-within.ts), listed under the layer.
// A large layer (binary chunks) is measured chunk by chunk (big-within.ts), with progress and Cancel
// (BigRunProgress). Every row found, not only the 50 listed, downloads as CSV (within-csv.ts).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useId, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { inBounds } from '../../i18n/number-input';
import { bigFeature } from '../../state/big-feature';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useResultOnMap } from '../../state/result-on-map';
import { useUserLayers } from '../../state/user-layers-store';
import { downloadText, exportFileName } from '../analysis/export';
import { WITHIN_KM_BOUNDS } from '../distance-bounds';
import { rowHead } from '../feature-name';
import { NumberField } from '../NumberField';
import { bigLayerFields } from '../search/big-search';
import { distinctNames } from '../search/distinct-names';
import { BigRunProgress, useBigRun } from './BigRunProgress';
import { type BigWithinReport, bigLayerWithin } from './big-within';
import { ChooseRow, ResultOnMapToggle } from './ResultOnMap';
import { userAnalysisClient } from './user-analysis-client';
import {
  AnalysisTitle,
  errorMessage,
  featureLabel,
  LeftOutNotes,
  type RunState,
  RunStatus,
} from './user-analysis-common';
import { withinCsv } from './within-csv';

const MAX_ROWS = 50;
const BAD_KM = 'userAnalysis.within.badKm';

/** A small layer's feature id as the map and the table select by (its `id`, made at import if absent). */
const featureIdOf = (feature: { properties: Record<string, unknown> | null } | undefined) =>
  String(feature?.properties?.id ?? '');

/** The report as shown: a small layer's unusable indices are counted like a large layer's. */
type ShownReport = BigWithinReport;

export function UserWithin({ id, title, big = false }: { id: string; title: string; big?: boolean }) {
  const f = useT();
  const idsMade = useUserLayers((s) => s.layers[id]?.idsMade === true);
  const features = useLayers((s) => s.layers[id]?.features);
  const chunks = useBigLayers((s) => s.layers[id]?.chunks);
  const corridors = useLayers((s) => s.layers.corridors.features);
  const [corridor, setCorridor] = useState('vd4_bd');
  // The distance as a plain number string ('2.5'), and whether the field's text reads as one.
  const [km, setKm] = useState('2');
  const [kmReadable, setKmReadable] = useState(true);
  const [run, setRun] = useState<RunState<ShownReport>>({ state: 'idle' });
  const bigRun = useBigRun();
  const selectId = useId();
  const titleId = useId();
  const known = corridors.some((c) => String(c.properties?.id ?? '') === corridor) ? corridor : '';
  const go = async () => {
    const before = run;
    const value = Number(km);
    if (!kmReadable || !inBounds(value, WITHIN_KM_BOUNDS)) {
      setRun({ state: 'error', message: { key: BAD_KM } });
      return;
    }
    setRun({ state: 'running' });
    const c = await userAnalysisClient();
    if (!c) {
      setRun({ state: 'error', message: { key: 'userAnalysis.notReady' } });
      return;
    }
    let r: Awaited<ReturnType<typeof bigLayerWithin>>;
    if (big) {
      r = await bigRun.run(chunks?.length ?? 0, (work) =>
        bigLayerWithin(c, chunks ?? [], known || undefined, value, work),
      );
    } else {
      const small = await c.userWithin(
        (features ?? []).map((x) => x.geometry ?? null),
        known || undefined,
        value,
      );
      r = small.ok ? { ...small, value: { ...small.value, unusable: small.value.unusable.length } } : small;
    }
    // A cancelled re-run keeps the earlier result on screen (BigRunProgress says so).
    if (!r.ok && r.error === 'cancelled') setRun(before.state === 'done' ? before : { state: 'idle' });
    else
      setRun(
        r.ok ? { state: 'done', value: r.value } : { state: 'error', message: errorMessage(r, 'corridors') },
      );
  };
  const corridorName = (cid: string | null) => {
    const c = cid === null ? undefined : corridors.find((x) => String(x.properties?.id ?? '') === cid);
    if (!c) return f.t('userAnalysis.within.anyCorridor');
    return String(c.properties?.[f.lang === 'vi' ? 'name_vi' : 'name_en'] ?? cid);
  };
  const report = run.state === 'done' ? run.value : null;
  // The rows listed, named as the map search names features: same-named ones told apart. Made
  // once per answer (a large layer's 50 features are rebuilt from their chunks), not per keystroke.
  const userFields = useUserLayers((s) => s.layers[id]?.fields);
  const bigLayerNow = useBigLayers((s) => s.layers[id]);
  const rowNames = useMemo(() => {
    const featureOf = (index: number) =>
      bigLayerNow ? (bigFeature(id, String(index)) ?? undefined) : features?.[index];
    const listed = (report?.rows ?? [])
      .slice(0, MAX_ROWS)
      .map((r) => ({ feature: featureOf(r.index), index: r.index }));
    return distinctNames(
      id,
      listed,
      (it) => featureLabel(it.feature, it.index, f, idsMade),
      bigLayerNow ? bigLayerFields(bigLayerNow) : (userFields ?? []),
      f,
    );
  }, [id, report, features, bigLayerNow, userFields, f, idsMade]);
  // The answer as the map restricts the layer to it: ids (small layer) or ascending ordinals.
  const onMap = useMemo(() => {
    if (!report) return null;
    if (big) return Uint32Array.from(report.rows, (r) => r.index).sort();
    return new Set(report.rows.map((r) => featureIdOf(features?.[r.index])));
  }, [report, big, features]);
  // The zone the answer is about (the corridor grown by the km: a buffer and union of every
  // corridor for "any corridor"), asked of the worker once per answer, only once "show only" is
  // ticked, and drawn under the answer while it is; none if the worker cannot.
  const ticked = useResultOnMap((s) => s.byLayer[id]?.source === 'within');
  const [zone, setZone] = useState<{ of: ShownReport; zone: Feature<Polygon | MultiPolygon> | null }>();
  const zoneOf = zone?.of;
  useEffect(() => {
    if (!report || !ticked || zoneOf === report) return;
    let live = true;
    void (async () => {
      const c = await userAnalysisClient();
      const z = c ? await c.userWithinZone(report.corridor_id ?? undefined, report.km) : null;
      if (live && z?.ok) setZone({ of: report, zone: z.value });
    })();
    return () => {
      live = false;
    };
  }, [report, ticked, zoneOf]);
  const shownZone = zone?.of === report ? zone.zone : null;
  const drawing = useMemo(() => (shownZone ? { zone: shownZone } : undefined), [shownZone]);
  const featureId = (index: number) => (big ? String(index) : featureIdOf(features?.[index]));
  return (
    <section className="user-layer-within" data-testid={`user-within-${id}`} aria-labelledby={titleId}>
      <AnalysisTitle id={titleId}>{f.t('userAnalysis.within.title')}</AnalysisTitle>
      <label htmlFor={selectId}>{f.t('userAnalysis.within.corridor')}</label>{' '}
      <select id={selectId} value={known} onChange={(e) => setCorridor(e.currentTarget.value)}>
        <option value="">{f.t('userAnalysis.within.any')}</option>
        {corridors.map((c) => {
          const cid = String(c.properties?.id ?? '');
          return (
            <option key={cid} value={cid}>
              {String(c.properties?.[f.lang === 'vi' ? 'name_vi' : 'name_en'] ?? cid)}
            </option>
          );
        })}
      </select>{' '}
      <NumberField
        testId={`user-within-km-${id}`}
        label={f.t('userAnalysis.within.km')}
        unit="km"
        value={km}
        onValue={setKm}
        onParsed={(p) => {
          setKmReadable(p.ok);
          // The refusal of the last press is about the text as it was: an edit takes it away.
          setRun((r) => (r.state === 'error' && r.message.key === BAD_KM ? { state: 'idle' } : r));
        }}
        bounds={WITHIN_KM_BOUNDS}
      />{' '}
      <button type="button" aria-label={f.t('userAnalysis.within.aria', { title })} onClick={() => void go()}>
        {f.t('userAnalysis.within.run')}
      </button>
      <RunStatus run={run} />
      <BigRunProgress big={bigRun} kept={run.state === 'done'} />
      {report && (
        <p role="status" data-testid="user-within-count">
          {f.t('userAnalysis.within.count', {
            shown: f.num(report.rows.length),
            total: f.num(report.measured),
            km: f.num(report.km, 2),
            corridor: corridorName(report.corridor_id),
          })}
        </p>
      )}
      {/* Outside the answer: the tick stays through a re-run (the layer drawn whole meanwhile). */}
      <ResultOnMapToggle
        layerId={id}
        source="within"
        result={report && report.rows.length > 0 ? onMap : null}
        count={report?.rows.length ?? 0}
        big={big}
        {...(drawing ? { drawing } : {})}
        {...(report
          ? {
              note: f.t('userAnalysis.within.zoneOnMap', {
                km: f.num(report.km, 2),
                corridor:
                  report.corridor_id === null
                    ? f.t('userAnalysis.within.allCorridors')
                    : corridorName(report.corridor_id),
              }),
            }
          : {})}
      />
      {report && (
        <>
          <ol className="user-layer-nearest-rows">
            {report.rows.slice(0, MAX_ROWS).map((r, k) => (
              <ChooseRow key={r.index} layerId={id} featureId={featureId(r.index)} name={rowNames[k]!}>
                {report.corridor_id === null
                  ? f.t('userAnalysis.within.rowAny', {
                      feature: rowHead(rowNames[k]!),
                      km: f.fixed(r.distance_km, 2),
                      corridor: corridorName(r.corridor_id),
                    })
                  : f.t('userAnalysis.within.row', {
                      feature: rowHead(rowNames[k]!),
                      km: f.fixed(r.distance_km, 2),
                    })}
              </ChooseRow>
            ))}
            {report.rows.length > MAX_ROWS && (
              <li>{f.t('userAnalysis.within.more', { count: f.num(report.rows.length - MAX_ROWS) })}</li>
            )}
          </ol>
          <button
            type="button"
            disabled={report.rows.length === 0}
            data-testid="user-within-export"
            onClick={() =>
              downloadText(
                exportFileName(title, 'csv'),
                withinCsv(report.rows, corridorName, f),
                'text/csv;charset=utf-8',
              )
            }
          >
            {f.t('userAnalysis.within.export', { count: f.num(report.rows.length) })}
          </button>
          <p className="note">{f.t('userAnalysis.within.rule')}</p>
          <LeftOutNotes unusable={report.unusable} />
        </>
      )}
    </section>
  );
}
