import { useEffect, useRef } from 'react';
import type { Catalog, LayerId } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { translate } from '../i18n';
import { type Insets, type MapLayersInput, PlanningMap } from '../map/PlanningMap';
import { useCatalog } from '../state/catalog';
import { useLanguage } from '../state/language';
import { allSettled, useLayers } from '../state/layers';
import { useSelection } from '../state/selection';
import type { UrlState } from '../state/url';
import { useView } from '../state/view';

interface Props {
  /** What the URL asked for at start: a full or partial view. */
  initial: UrlState;
  /** Receives the map instance once (for the few app-level commands such as "zoom to province"). */
  onMap?: (map: PlanningMap | null) => void;
  onStyleError?: (message: string | null) => void;
}

function mapInput(layers: ReturnType<typeof useLayers.getState>['layers']): MapLayersInput {
  const out = {} as MapLayersInput;
  for (const id of LAYER_IDS) out[id] = { visible: layers[id].visible, features: layers[id].features };
  return out;
}

function sameInput(a: MapLayersInput | null, b: MapLayersInput): boolean {
  if (!a) return false;
  return LAYER_IDS.every(
    (id: LayerId) => a[id].visible === b[id].visible && a[id].features === b[id].features,
  );
}

/** The part of the map the side panel covers, so fitting avoids it. */
export function panelInsets(): Partial<Insets> {
  const side = document.querySelector('.side')?.getBoundingClientRect();
  if (!side) return {};
  return window.innerWidth > 720 ? { left: side.right } : { top: side.bottom };
}

/** Places the camera on the province, then applies whatever part of a view the URL gave. */
function startView(map: PlanningMap, catalog: Catalog | null, initial: UrlState): void {
  const full = initial.zoom !== undefined && initial.lat !== undefined && initial.lon !== undefined;
  if (full) return;
  if (catalog) map.fitBounds(catalog.province_bbox, false, panelInsets());
  if (initial.zoom !== undefined || initial.lat !== undefined || initial.lon !== undefined) {
    const v = map.getView();
    map.setView({
      center: [initial.lon ?? v.center[0], initial.lat ?? v.center[1]],
      zoom: initial.zoom ?? v.zoom,
    });
  }
}

export function MapView({ initial, onMap, onStyleError }: Props) {
  const container = useRef<HTMLElement>(null);
  // The initial view is read once, at mount.
  const initialRef = useRef(initial);
  const onMapRef = useRef(onMap);
  const onStyleErrorRef = useRef(onStyleError);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const init = initialRef.current;
    const hasView = init.zoom !== undefined && init.lat !== undefined && init.lon !== undefined;
    const base = document.baseURI;
    const map = new PlanningMap({
      container: el,
      styleUrl: new URL('tiles/style.json', base).href,
      labelsUrl: new URL('tiles/labels.geojson', base).href,
      initialView: hasView ? { center: [init.lon!, init.lat!], zoom: init.zoom! } : undefined,
      osmAttribution: translate(useLanguage.getState().lang, 'basemap.attribution'),
    });
    onMapRef.current?.(map);

    let styleLoaded = false;
    let fontsLoaded = map.isFontsReady;
    let ready = false;
    const checkReady = () => {
      if (ready || !styleLoaded || !fontsLoaded || !allSettled(useLayers.getState().layers)) return;
      ready = true;
      // Let deck.gl draw the finished layers before announcing readiness.
      map.afterRender(() => {
        document.documentElement.dataset.mapReady = 'true';
      });
    };

    // Camera: a URL view was applied at construction; otherwise fit the province once known.
    let placed = hasView;
    const place = () => {
      if (placed) return;
      const { catalog, error } = useCatalog.getState();
      if (!catalog && !error) return;
      placed = true;
      startView(map, catalog, init);
    };

    let lastInput: MapLayersInput | null = null;
    const pushLayers = () => {
      const input = mapInput(useLayers.getState().layers);
      if (sameInput(lastInput, input)) return;
      lastInput = input;
      map.setLayers(input);
    };

    const unsubs = [
      map.on('styleLoaded', ({ ok, message }) => {
        styleLoaded = true;
        onStyleErrorRef.current?.(ok ? null : message);
        checkReady();
      }),
      map.on('fontsLoaded', () => {
        fontsLoaded = true;
        checkReady();
      }),
      map.on('click', (ref) => useSelection.getState().select(ref)),
      map.on('hover', (ref) => {
        map.setHover(ref);
        useSelection.getState().hover(ref);
      }),
      map.on('view', (view) => useView.getState().setView(view)),
      useLayers.subscribe(() => {
        pushLayers();
        checkReady();
      }),
      useCatalog.subscribe(place),
      useLanguage.subscribe((s) => map.setLanguage(s.lang)),
      useSelection.subscribe((s, prev) => {
        if (s.selected !== prev.selected) map.setSelection(s.selected);
      }),
      useView.subscribe((s, prev) => {
        if (s.osm !== prev.osm) map.setOsm(s.osm);
      }),
    ];
    map.setLanguage(useLanguage.getState().lang);
    map.setSelection(useSelection.getState().selected);
    map.setOsm(useView.getState().osm);
    pushLayers();
    place();
    checkReady();

    const onResize = () => map.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      for (const u of unsubs) u();
      onMapRef.current?.(null);
      map.destroy();
      delete document.documentElement.dataset.mapReady;
    };
  }, []);

  const lang = useLanguage((s) => s.lang);
  return (
    <section ref={container} className="map" data-testid="map" aria-label={translate(lang, 'app.title')} />
  );
}
