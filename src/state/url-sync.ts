// Connects the stores to the URL hash: read once at start (and on a hand-edited hash), written back
// with replaceState, debounced, whenever the language, the visible layers, their opacities, the view
// or the basemap change.
import type { LayerId } from '../data/schema';
import { isCuratedLayerId, LAYER_IDS } from '../data/schema';
import { isUserLayerId } from '../layers/user-description';
import { useAnalysis } from './analysis';
import { useAnnotations } from './annotations';
import { useBigLayers } from './big-layers-store';
import { useChoropleth } from './choropleth';
import { useCompare } from './compare';
import { useCoordSystem } from './coord-system';
import { embedUrlState, useEmbed } from './embed';
import { useExplorer } from './explorer';
import { useFilters } from './filters';
import { MIN_COMPARED_PARKS } from './investor-url';
import { useLanguage } from './language';
import { useLayers, visibleInOrder } from './layers';
import { applyLinkSelection } from './link-selection';
import { useSelection } from './selection';
import { useTable } from './table';
import { useTime } from './time';
import { debouncedHashWriter, parseHash, type UrlState } from './url';
import { type SrcSetting, userLayerSrc, useUserLayers } from './user-layers-store';
import { useView } from './view';

/** Applies the hash's language, layers and basemap to the stores; returns everything it parsed. */
export function applyHash(hash: string): UrlState {
  const parsed = parseHash(hash);
  if (parsed.lang) useLanguage.getState().setLanguage(parsed.lang);
  if (parsed.layers) useLayers.getState().setVisibleSet(parsed.layers);
  if (parsed.basemap) useView.getState().setOsm(parsed.basemap === 'osm');
  for (const [id, v] of Object.entries(parsed.opacity ?? {}) as [LayerId, number][]) {
    useLayers.getState().setOpacity(id, v);
  }
  if (parsed.table) useTable.getState().open(parsed.table);
  // A link's URL layers: shown unless `src.hide` names them, at `src.op.<n>` or full opacity; applied
  // as each is on the page (ui/import/start.ts), and kept in the address while they load.
  if (parsed.src) {
    const srcSettings: Record<string, SrcSetting> = {};
    parsed.src.forEach((url, i) => {
      srcSettings[url] = {
        visible: !parsed.srcHidden?.includes(i + 1),
        opacity: parsed.srcOpacity?.[i + 1] ?? 1,
      };
    });
    useUserLayers.setState({ srcSettings });
  }
  if (parsed.year !== undefined) useTime.getState().setYear(parsed.year);
  if (parsed.yearLeft !== undefined) useTime.getState().setOverride('left', parsed.yearLeft);
  if (parsed.yearRight !== undefined) useTime.getState().setOverride('right', parsed.yearRight);
  if (parsed.choropleth) useChoropleth.getState().setMetric(parsed.choropleth);
  if (parsed.classify) useChoropleth.getState().setMethod(parsed.classify);
  if (parsed.classes) useChoropleth.getState().setClasses(parsed.classes);
  // A link's filters replace the current ones; a link without any `f.` key leaves them alone (as a
  // link without `layers` leaves the visible layers).
  if (parsed.filters) useFilters.getState().replaceAll(parsed.filters);
  // Investors: the weights, and the parks compared (the link opens the explorer on the comparison).
  if (parsed.weights) useExplorer.getState().setWeights(parsed.weights);
  if (parsed.compareParks) {
    useExplorer.getState().setPicked(parsed.compareParks);
    useExplorer.getState().setOpen(true);
    useExplorer.setState({ linkRefused: parsed.compareRefused ?? [] });
  }
  // A comparison's sides default to the single map's layers (just applied) when not given.
  if (parsed.compare)
    useCompare.getState().setMode(parsed.compare, { left: parsed.left, right: parsed.right });
  if (parsed.swipe !== undefined) useCompare.getState().setSwipe(parsed.swipe);
  // Embedding: whether and how this page is an embed (every embed key; absent ones reset).
  useEmbed.getState().apply(parsed);
  // Share (issue 11 §1): the open analysis tab, and the selected feature (once its layer is loaded).
  if (parsed.analysis) {
    useAnalysis.getState().setTab(parsed.analysis);
    useAnalysis.getState().setOpen(true);
  }
  if (parsed.sel) applyLinkSelection(parsed.sel);
  if (parsed.annotations) useAnnotations.getState().replaceAll(parsed.annotations);
  if (parsed.crs) useCoordSystem.getState().setSystem(parsed.crs);
  return parsed;
}

/**
 * `src.hide` and `src.op.<n>` for the `src` URLs (1-based positions): a URL layer on the page as the
 * layers store has it, one still loading as its link said.
 */
const withSrcSettings = (s: { src?: string[] }): Pick<UrlState, 'src' | 'srcHidden' | 'srcOpacity'> =>
  s.src ? { ...s, ...srcSettingsState(s.src) } : s;

function srcSettingsState(src: readonly string[]): Pick<UrlState, 'srcHidden' | 'srcOpacity'> {
  const entries = useLayers.getState().layers as Record<
    string,
    { visible: boolean; opacity: number } | undefined
  >;
  const byUrl = new Map<string, string>();
  for (const l of [
    ...Object.values(useUserLayers.getState().layers),
    ...Object.values(useBigLayers.getState().layers),
  ])
    if (l.url) byUrl.set(l.url, l.id);
  const hidden: number[] = [];
  const opacity: Record<number, number> = {};
  src.forEach((url, i) => {
    const id = byUrl.get(url);
    const s = id ? entries[id] : useUserLayers.getState().srcSettings[url];
    if (!s) return;
    if (!s.visible) hidden.push(i + 1);
    if (s.opacity !== 1) opacity[i + 1] = s.opacity;
  });
  return {
    ...(hidden.length > 0 ? { srcHidden: hidden } : {}),
    ...(Object.keys(opacity).length > 0 ? { srcOpacity: opacity } : {}),
  };
}

/** The layers' opacities other than 1, as the hash keeps them (`op.<layer>`). */
function opacities(
  layers: ReturnType<typeof useLayers.getState>['layers'],
): Partial<Record<LayerId, number>> {
  const out: Partial<Record<LayerId, number>> = {};
  for (const id of LAYER_IDS) if (layers[id].opacity !== 1) out[id] = layers[id].opacity;
  return out;
}

/** The weights (written only where they differ from the defaults) and the parks compared (2–4). */
function investorState(): Pick<UrlState, 'weights' | 'compareParks'> {
  const { weights, picked } = useExplorer.getState();
  return { weights, ...(picked.length >= MIN_COMPARED_PARKS ? { compareParks: picked } : {}) };
}

export function currentUrlState(): UrlState {
  const { view, osm } = useView.getState();
  const table = useTable.getState().layer;
  const time = useTime.getState();
  const choropleth = useChoropleth.getState();
  return {
    lang: useLanguage.getState().lang,
    // An imported file's layer cannot travel in a link; one added from a URL travels as `src`.
    layers: visibleInOrder(useLayers.getState().layers, useLayers.getState().order).filter(
      (id) => !isUserLayerId(id),
    ),
    ...withSrcSettings(userLayerSrc()),
    ...(view ? { zoom: view.zoom, lat: view.center[1], lon: view.center[0] } : {}),
    basemap: osm ? 'osm' : 'offline',
    opacity: opacities(useLayers.getState().layers),
    ...(table && !isUserLayerId(table) ? { table } : {}),
    ...(time.year !== null ? { year: time.year } : {}),
    ...(time.overrides.left !== undefined ? { yearLeft: time.overrides.left } : {}),
    ...(time.overrides.right !== undefined ? { yearRight: time.overrides.right } : {}),
    // The method and classes are written with a metric only: without one they draw nothing.
    ...(choropleth.metric
      ? { choropleth: choropleth.metric, classify: choropleth.method, classes: choropleth.classes }
      : {}),
    // An imported layer's filters stay out of the link, as the layer does (`user:<n>` is not a link id).
    filters: Object.fromEntries(
      Object.entries(useFilters.getState().filters).filter(([id]) => !isUserLayerId(id)),
    ),
    ...investorState(),
    ...compareUrlState(),
    ...embedUrlState(),
    ...shareUrlState(),
    ...(useCoordSystem.getState().system === 'vn2000' ? { crs: 'vn2000' as const } : {}),
  };
}

/**
 * The selected feature of a curated layer (others are not in anyone else's browser), the analysis
 * tab. A selection change does not itself trigger a write: it goes out with the next one (the camera
 * fit that follows a selection, any other change). Writing on the selection itself broke the
 * selection fit's browser test (selection.test.ts, "moved into the uncovered part") for a reason
 * not yet found; the share dialog reads the live state, so its link always has the selection.
 */
function shareUrlState(): UrlState {
  const selected = useSelection.getState().selected;
  const analysis = useAnalysis.getState();
  return {
    ...(selected && isCuratedLayerId(selected.layerId)
      ? { sel: { layerId: selected.layerId, featureId: selected.featureId } }
      : {}),
    ...(analysis.open ? { analysis: analysis.tab } : {}),
    annotations: useAnnotations.getState().list,
  };
}

/** The comparison's keys: none for one map; the sides' layers, and the divider while swiping. */
function compareUrlState(): UrlState {
  const { mode, left, right, swipe } = useCompare.getState();
  if (!mode) return {};
  const curated = (ids: typeof left) => ids.filter((id) => !isUserLayerId(id));
  return {
    compare: mode,
    left: curated(left),
    right: curated(right),
    ...(mode === 'swipe' ? { swipe } : {}),
  };
}

/** Starts writing the hash on every change; returns a stop function. */
export function startUrlSync(delay = 300): () => void {
  const writer = debouncedHashWriter(delay);
  const write = () => writer.write(currentUrlState());
  // The URL layers' visibility and opacity too (src.hide, src.op.<n>).
  const key = (s: ReturnType<typeof useLayers.getState>) =>
    `${visibleInOrder(s.layers, s.order).join(',')}|${JSON.stringify([opacities(s.layers), withSrcSettings(userLayerSrc())])}`;
  let lastVisible = key(useLayers.getState());
  const unsubs = [
    useLanguage.subscribe(write),
    useExplorer.subscribe((s, prev) => {
      if (s.weights !== prev.weights || s.picked !== prev.picked) write();
    }),
    useCompare.subscribe((s, prev) => {
      if (s.mode !== prev.mode || s.left !== prev.left || s.right !== prev.right || s.swipe !== prev.swipe) {
        write();
      }
    }),
    useTable.subscribe((s, prev) => {
      if (s.layer !== prev.layer) write();
    }),
    useChoropleth.subscribe((s, prev) => {
      if (s.metric !== prev.metric || s.method !== prev.method || s.classes !== prev.classes) write();
    }),
    useFilters.subscribe((s, prev) => {
      if (s.filters !== prev.filters) write();
    }),
    useView.subscribe((s, prev) => {
      if (s.view !== prev.view || s.osm !== prev.osm) write();
    }),

    useAnalysis.subscribe((s, prev) => {
      if (s.open !== prev.open || s.tab !== prev.tab) write();
    }),
    useAnnotations.subscribe((s, prev) => {
      if (s.list !== prev.list) write();
    }),
    useTime.subscribe((s, prev) => {
      if (s.year !== prev.year || s.overrides !== prev.overrides) write();
    }),
    useUserLayers.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.pendingSrc !== prev.pendingSrc) write();
    }),
    // A large layer from a URL joins `src=` when it is added or removed (not on each chunk).
    useBigLayers.subscribe((s, prev) => {
      if (Object.keys(s.layers).join() !== Object.keys(prev.layers).join()) write();
    }),
    useCoordSystem.subscribe(write),
    useLayers.subscribe((s) => {
      const visible = key(s);
      if (visible !== lastVisible) {
        lastVisible = visible;
        write();
      }
    }),
  ];
  return () => {
    writer.cancel();
    for (const u of unsubs) u();
  };
}
