// Connects the analysis store to the analysis worker. It packs the four layers the core needs once
// they have all settled (a failed layer is left out: the core then answers `missing_layer` for the
// analyses that need it, and the others still work), loads them into the worker, and packs again
// when a layer reloads. Then it computes what the panel shows, when the panel shows it:
//   Areas and Nearest when their tab opens (Nearest again when the counted statuses change),
//   Within on "Find parks", Where am I on a point, Measure on every vertex, and the analysis area
//   of the selected district or park (for the info panel).
// Everything runs in the worker; the main thread only packs (a few ms for these layers) and posts.
import type { AnalysisError, AnalysisResult } from '../../analysis';
import { type AnalysisClient, createAnalysisClient } from '../../analysis/client';
import { packLayers } from '../../analysis/pack';
import type { LayerId } from '../../data/schema';
import {
  type AnalysisTab,
  decodeTarget,
  measureGeometryOf,
  parseKm,
  useAnalysis,
} from '../../state/analysis';
import { choroplethWantsAreas, useChoropleth } from '../../state/choropleth';
import { type LayerEntry, useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';

const NEEDED = ['districts', 'parks', 'corridors', 'places'] as const;
type Needed = (typeof NEEDED)[number];

const settled = (e: LayerEntry) => e.status === 'ready' || e.status === 'error';

function tabError(r: AnalysisError) {
  const layer = r.details?.layer;
  const points = r.details?.points;
  return {
    error: r.error,
    ...(typeof layer === 'string' ? { layer: layer as LayerId } : {}),
    ...(Array.isArray(points) ? { points: points as [number, number][] } : {}),
  };
}

export function startAnalysisRunner(
  makeClient: () => AnalysisClient = () => createAnalysisClient(),
): () => void {
  let client: AnalysisClient | null = null;
  let loadedFrom: unknown[] | null = null;
  let ready: Promise<void> | null = null;
  let version = 0;
  /** The inputs each tab was last computed for (so a re-render does not recompute). */
  const lastKey: Partial<Record<AnalysisTab | 'area', string>> = {};
  /** Per tab, the newest job: an older answer arriving late is dropped. */
  const seq: Partial<Record<AnalysisTab | 'area', number>> = {};
  let stopped = false;

  const store = () => useAnalysis.getState();

  /**
   * The worker starts only once something needs it: the panel is open or a district or park is
   * selected (its analysis area). A visitor who only looks at the map (an embedded map on an
   * official's page) never pays for the worker, the packing or the transfer.
   */
  function wanted(): boolean {
    const sel = useSelection.getState().selected;
    // The choropleth of a park metric needs the Areas report too.
    return store().open || sel?.layerId === 'districts' || sel?.layerId === 'parks' || choroplethWantsAreas();
  }

  function load(): void {
    const layers = useLayers.getState().layers;
    if (!client && !wanted()) return;
    if (!NEEDED.every((id) => settled(layers[id]))) return;
    const from = NEEDED.map((id) =>
      layers[id].status === 'ready' ? layers[id].features : layers[id].status,
    );
    if (loadedFrom && from.every((x, i) => x === loadedFrom![i])) return;
    loadedFrom = from;
    const collections: Partial<Record<Needed, LayerEntry['features']>> = {};
    for (const id of NEEDED) if (layers[id].status === 'ready') collections[id] = layers[id].features;
    client ??= makeClient();
    const c = client;
    const v = ++version;
    for (const k of Object.keys(lastKey)) delete lastKey[k as AnalysisTab];
    const loading = c.load(packLayers(collections)).then(
      () => undefined,
      () => undefined,
    );
    ready = loading;
    void loading.then(() => {
      if (stopped || v !== version) return;
      store().setData('ready');
      update();
    });
  }

  /** Runs `job` for `tab` unless `key` was already computed; writes the result or the error. */
  async function run<T>(
    tab: AnalysisTab | 'area',
    key: string,
    job: (c: AnalysisClient) => Promise<AnalysisResult<T>>,
    done: (r: AnalysisResult<T>) => void,
  ): Promise<void> {
    if (!client || !ready || lastKey[tab] === key) return;
    lastKey[tab] = key;
    const n = (seq[tab] ?? 0) + 1;
    seq[tab] = n;
    await ready;
    const r = await job(client);
    if (stopped || seq[tab] !== n) return;
    if (!r.ok && r.error === 'cancelled') delete lastKey[tab];
    done(r);
  }

  function finish<T>(tab: AnalysisTab, r: AnalysisResult<T>, write: (v: T | undefined) => void): void {
    const s = store();
    if (r.ok) {
      write(r.value);
      s.setError(tab, null);
    } else {
      write(undefined);
      s.setError(tab, tabError(r));
    }
  }

  function update(): void {
    const s = store();
    const v = `${version}|${s.rerun}`;
    if (s.data !== 'ready') return;
    // The info panel's analysis area: whenever a district or park is selected.
    const sel = useSelection.getState().selected;
    if (sel && (sel.layerId === 'districts' || sel.layerId === 'parks')) {
      const layer = sel.layerId;
      void run(
        'area',
        `${v}|${layer}|${sel.featureId}`,
        (c) => c.featureArea(layer, sel.featureId),
        (r) => store().setSelectedArea(r.ok ? r.value : null),
      );
    } else if (s.selectedArea) {
      s.setSelectedArea(null);
      delete lastKey.area;
    }
    // Areas: for its tab, or for a choropleth of a park metric (one result serves both).
    if ((s.open && s.tab === 'areas') || choroplethWantsAreas()) {
      void run(
        'areas',
        v,
        (c) => c.districtAreas(),
        (r) => finish('areas', r, (x) => store().setResult('areas', x)),
      );
    }
    if (!s.open) return;
    if (s.tab === 'nearest') {
      const statuses = s.corridorStatuses;
      void run(
        'nearest',
        `${v}|${statuses.join(',')}`,
        async (c) => {
          const controller = new AbortController();
          store().setProgress(null);
          store().setRunning('nearest', () => controller.abort());
          try {
            return await c.parkProximity(
              { corridorStatuses: statuses },
              { signal: controller.signal, onProgress: (p) => store().setProgress(p) },
            );
          } finally {
            if (store().running === 'nearest') store().setRunning(null);
          }
        },
        (r) => finish('nearest', r, (x) => store().setResult('nearest', x)),
      );
    }
    if (s.withinRequest > 0) {
      const target = decodeTarget(s.withinTarget);
      const km = parseKm(s.withinKm);
      void run(
        'within',
        `${v}|${s.withinRequest}`,
        async (c) =>
          target
            ? c.within({ target, km, corridorStatuses: s.corridorStatuses })
            : ({
                ok: false,
                error: 'empty_selection',
                messageKey: 'analysis.error.empty_selection',
                message: 'No target.',
              } as AnalysisError),
        (r) => finish('within', r, (x) => store().setResult('within', x)),
      );
    }
    if (s.wherePoint) {
      const p = s.wherePoint;
      const statuses = s.corridorStatuses;
      void run(
        'where',
        `${v}|${p.join(',')}|${statuses.join(',')}`,
        (c) => c.whereAmI(p, { corridorStatuses: statuses }),
        (r) => finish('where', r, (x) => store().setResult('where', x)),
      );
    }
    const geometry = measureGeometryOf(s.measureType, s.measurePoints);
    const measureKey = `${v}|${s.measureType}|${JSON.stringify(s.measurePoints)}`;
    if (geometry) {
      void run(
        'measure',
        measureKey,
        (c) => c.measure(geometry),
        (r) => finish('measure', r, (x) => store().setResult('measure', x)),
      );
    } else if (lastKey.measure !== measureKey) {
      // Too few points (or cleared): nothing to measure, no stale value or message.
      lastKey.measure = measureKey;
      seq.measure = (seq.measure ?? 0) + 1;
      if (s.results.measure || s.errors.measure) {
        store().setResult('measure', undefined);
        store().setError('measure', null);
      }
    }
  }

  load();
  const unsubs = [
    useLayers.subscribe(load),
    useAnalysis.subscribe((s, prev) => {
      if (
        s.open !== prev.open ||
        s.tab !== prev.tab ||
        s.corridorStatuses !== prev.corridorStatuses ||
        s.withinRequest !== prev.withinRequest ||
        s.rerun !== prev.rerun ||
        s.wherePoint !== prev.wherePoint ||
        s.measurePoints !== prev.measurePoints ||
        s.measureType !== prev.measureType
      ) {
        load();
        update();
      }
    }),
    useSelection.subscribe((s, prev) => {
      if (s.selected !== prev.selected) {
        load();
        update();
      }
    }),
    useChoropleth.subscribe((s, prev) => {
      if (s.metric !== prev.metric) {
        load();
        update();
      }
    }),
  ];
  return () => {
    stopped = true;
    for (const u of unsubs) u();
    client?.terminate();
  };
}
