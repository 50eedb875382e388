// Connects the explorer store to an analysis worker of its own: once the explorer is open and the
// parks, corridors and places layers have settled (a failed one is left out: its distances are
// unknown and named, nothing else is lost), it loads them, asks for every park's distances once
// and for the site score whenever the weights change, and writes the answers to useExplorer.
//
// Trade-off: a second worker beside the analysis panel's keeps the two features independent (the
// panel's runner starts its worker lazily and owns its cache); the layers are small (36 parks), so
// packing them twice costs a few milliseconds. The two could share one client later.
import { type AnalysisClient, createAnalysisClient } from '../../analysis/client';
import { packLayers } from '../../analysis/pack';
import { useExplorer } from '../../state/explorer';
import { type LayerEntry, useLayers } from '../../state/layers';

const NEEDED = ['parks', 'corridors', 'places'] as const;
const settled = (e: LayerEntry) => e.status === 'ready' || e.status === 'error';

export function startInvestorRunner(
  makeClient: () => AnalysisClient = () => createAnalysisClient(),
): () => void {
  let client: AnalysisClient | null = null;
  let loadedFrom: unknown[] | null = null;
  let ready: Promise<unknown> | null = null;
  let version = 0;
  let lastWeights = '';
  let stopped = false;

  function load(): void {
    if (!useExplorer.getState().open && !client) return;
    const layers = useLayers.getState().layers;
    if (!NEEDED.every((id) => settled(layers[id]))) return;
    const from = NEEDED.map((id) => (layers[id].status === 'ready' ? layers[id].features : 'failed'));
    if (loadedFrom && from.every((x, i) => x === loadedFrom![i])) return;
    loadedFrom = from;
    const collections: Partial<Record<(typeof NEEDED)[number], LayerEntry['features']>> = {};
    for (const id of NEEDED) if (layers[id].status === 'ready') collections[id] = layers[id].features;
    client ??= makeClient();
    const c = client;
    const v = ++version;
    lastWeights = '';
    ready = c.load(packLayers(collections)).catch(() => undefined);
    void ready.then(async () => {
      if (stopped || v !== version) return;
      const r = await c.parkDistances();
      if (stopped || v !== version) return;
      useExplorer.getState().setDistances(r.ok ? r.value : null, r.ok ? null : r.error);
      score();
    });
  }

  function score(): void {
    if (!client || !ready) return;
    const { weights } = useExplorer.getState();
    const key = `${version}|${JSON.stringify(weights)}`;
    if (key === lastWeights) return;
    lastWeights = key;
    const c = client;
    void ready.then(async () => {
      const r = await c.siteScore(weights);
      // A newer request (weights changed again, or a reload) wins.
      if (stopped || lastWeights !== key) return;
      useExplorer.getState().setScores(r.ok ? r.value : null, r.ok ? null : r.error);
    });
  }

  load();
  const unsubs = [
    useLayers.subscribe(load),
    useExplorer.subscribe((s, prev) => {
      if (s.open !== prev.open) load();
      if (s.weights !== prev.weights) score();
    }),
  ];
  return () => {
    stopped = true;
    for (const u of unsubs) u();
    client?.terminate();
  };
}
