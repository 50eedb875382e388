// Every data layer as MapLibre's own sources and style layers, drawn from its description
// (from-description.ts): shapes in the layers' draw order, selection outlines above them, then the
// labels (one collision index for every label and place dot, by the descriptions' priorities).
// PlanningMap hands it plain inputs; this keeps the style in step with them.
import type { Feature } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import { CURATED_DESCRIPTIONS } from '../../layers/curated';
import { type LayerDescription, labelPointsOf, styleLayerId } from '../../layers/description';
import type { Language } from '../../state/language';
import type { FeatureRef } from '../../state/selection';
import type { MapLayerInput } from '../types';
import {
  BASEMAP_LABEL_LAYERS,
  BASEMAP_LABEL_SOURCE,
  basemapLabelFilters,
  basemapLabelLayers,
} from './basemap-labels';
import { type NativeSpecs, nativeSpecs, selectedFilter } from './from-description';
import { dotIcon } from './icons';
import { labelData, mainData } from './label-sources';
import { baseOpacities, scaledOpacity } from './opacity';
import { restylePlan } from './restyle';
import { basemapLabelFeatures, EMPTY } from './sources';
import { collectionForMapLibre } from './transfer';

export type NativeLayerInput = MapLayerInput;

interface Built {
  d: LayerDescription;
  specs: NativeSpecs;
  style: MapLayerInput['style'];
  highlight: MapLayerInput['highlight'];
  /** Style ids of the selection outlines (not picked, not faded). */
  selectionIds: Set<string>;
}

export class NativeLayers {
  private readonly built = new Map<LayerId, Built>();
  /** Data layer of each style layer this class added. */
  private readonly owner = new Map<string, LayerId>();
  /** The style's own opacity values of each shape and label layer, scaled by the layer's opacity. */
  private readonly baseOpacity = new Map<string, Map<string, unknown>>();
  private readonly opacity = new Map<LayerId, number>();
  private readonly visible = new Map<LayerId, boolean>();
  private readonly data = new Map<LayerId, Feature[]>();
  private order: LayerId[] = [];
  /** Layers built from a description given in the input (imported files), not the constructor's. */
  private readonly runtime = new Set<LayerId>();
  private lang: Language;
  private labels: Feature[] = [];
  private labelPoints: ReadonlyMap<string, [number, number]> = new Map();
  private selected: FeatureRef | null = null;
  private hovered: FeatureRef | null = null;
  /** The first label layer: analysis overlays are drawn under it. */
  readonly firstSymbolLayer: string = BASEMAP_LABEL_LAYERS[0];

  constructor(
    private readonly map: MapLibreMap,
    lang: Language,
    descriptions: readonly LayerDescription[] = Object.values(CURATED_DESCRIPTIONS),
  ) {
    this.lang = lang;
    map.addSource(BASEMAP_LABEL_SOURCE, { type: 'geojson', data: EMPTY });
    for (const spec of basemapLabelLayers(lang)) map.addLayer(spec);
    for (const d of descriptions) this.build(d, undefined, undefined);
    this.order = descriptions.map((d) => d.id);
    this.restack();
  }

  /** Style layers that show a data layer's features, for picking (label layers pick their feature too). */
  get pickLayers(): Record<string, LayerId> {
    const out: Record<string, LayerId> = {};
    for (const [styleId, layerId] of this.owner) {
      if (!this.built.get(layerId)?.selectionIds.has(styleId)) out[styleId] = layerId;
    }
    return out;
  }

  /** The lowest style layer of the data layers (the online basemap goes under it). */
  get bottomLayer(): string | undefined {
    return this.stack()[0];
  }

  /**
   * (Re)creates a layer's sources, icons and style layers from its description and input. Style
   * layers it had before are edited in place where their ids stay (restyle.ts says why: replacing
   * a layer under its own id can break MapLibre's label placement).
   */
  private build(
    d: LayerDescription,
    style: MapLayerInput['style'],
    highlight: MapLayerInput['highlight'],
  ): void {
    const all = (x: NativeSpecs) => [...x.shapes, ...x.selection, ...x.labels.map((l) => l.spec)];
    const specs = nativeSpecs(d, { style, highlight });
    const layers = all(specs);
    const old = this.built.get(d.id);
    for (const id of [specs.source, specs.labelSource]) {
      if (id && !this.map.getSource(id))
        this.map.addSource(id, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    }
    for (const icon of specs.icons) {
      if (!this.map.hasImage(icon.name)) {
        this.map.addImage(icon.name, dotIcon(icon.color, icon.radius, icon.ring), { pixelRatio: 2 });
      }
    }
    const plan = restylePlan(old ? all(old.specs) : [], layers);
    for (const id of plan.remove) {
      if (this.map.getLayer(id)) this.map.removeLayer(id);
      this.owner.delete(id);
      this.baseOpacity.delete(id);
    }
    for (const [method, ...args] of plan.edits) (this.map[method] as (...a: unknown[]) => void)(...args);
    const visible = this.visible.get(d.id) ?? false;
    for (const spec of plan.add) {
      this.map.addLayer({
        ...spec,
        layout: { ...('layout' in spec ? spec.layout : {}), visibility: visible ? 'visible' : 'none' },
      } as LayerSpecification);
      this.owner.set(spec.id, d.id);
    }
    const selectionIds = new Set(
      [styleLayerId(d, 'selected'), styleLayerId(d, 'selected-point')].filter((id) =>
        layers.some((s) => s.id === id),
      ),
    );
    // Selection outlines do not fade: the selected feature stays plain to see on a faded layer.
    for (const spec of layers) {
      if (selectionIds.has(spec.id)) continue;
      const paint = 'paint' in spec ? (spec.paint as Record<string, unknown> | undefined) : undefined;
      this.baseOpacity.set(spec.id, baseOpacities(spec.type, paint));
    }
    this.built.set(d.id, { d, specs, style, highlight, selectionIds });
    for (const [id, text] of Object.entries(specs.texts)) {
      this.map.setLayoutProperty(id, 'text-field', text[this.lang] as never);
    }
    const opacity = this.opacity.get(d.id) ?? 1;
    this.opacity.delete(d.id);
    this.applyOpacity(d.id, opacity);
    this.applySelection(d.id);
  }

  private unbuild(layerId: LayerId): void {
    if (!this.built.has(layerId)) return;
    for (const [styleId, owner] of [...this.owner]) {
      if (owner !== layerId) continue;
      if (this.map.getLayer(styleId)) this.map.removeLayer(styleId);
      this.owner.delete(styleId);
      this.baseOpacity.delete(styleId);
    }
    this.built.delete(layerId);
  }

  /** Every style layer of ours, bottom to top: shapes by draw order, selection, then labels. */
  private stack(): string[] {
    const layers = this.order.flatMap((id) => (this.built.has(id) ? [this.built.get(id)!] : []));
    const labels = layers
      .flatMap((b, i) => b.specs.labels.map((l) => ({ ...l, i })))
      .sort((a, b) => a.priority - b.priority || a.i - b.i)
      .map((l) => l.spec.id);
    return [
      ...layers.flatMap((b) => b.specs.shapes.map((s) => s.id)),
      ...layers.flatMap((b) => b.specs.selection.map((s) => s.id)),
      ...BASEMAP_LABEL_LAYERS,
      ...labels,
    ];
  }

  /**
   * The style layer that a layer drawn outside this class (a large layer's deck.gl chunks, at `id`
   * in the draw order) goes under: the lowest shape of the first built layer above it, else the
   * first selection outline or label, so it sits at its place in the order.
   */
  beforeIdFor(id: LayerId): string {
    const i = this.order.indexOf(id);
    for (const above of i < 0 ? [] : this.order.slice(i + 1)) {
      const shape = this.built.get(above)?.specs.shapes[0]?.id;
      if (shape) return shape;
    }
    const layers = this.order.flatMap((x) => (this.built.has(x) ? [this.built.get(x)!] : []));
    return layers.flatMap((b) => b.specs.selection.map((s) => s.id))[0] ?? BASEMAP_LABEL_LAYERS[0];
  }

  /** Moves every style layer of ours to the top in stack order, so the map draws `order`. */
  private restack(): void {
    for (const id of this.stack()) if (this.map.getLayer(id)) this.map.moveLayer(id);
  }

  private applyOpacity(layerId: LayerId, opacity: number): void {
    if ((this.opacity.get(layerId) ?? 1) === opacity) return;
    this.opacity.set(layerId, opacity);
    for (const [styleId, owner] of this.owner) {
      if (owner !== layerId) continue;
      for (const [prop, base] of this.baseOpacity.get(styleId) ?? []) {
        this.map.setPaintProperty(styleId, prop as never, scaledOpacity(base, opacity) as never);
      }
    }
  }

  private setSource(id: string | null, data: GeoJSON.FeatureCollection): void {
    if (id) (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(collectionForMapLibre(data));
  }

  private pushData(b: Built, features: Feature[]): void {
    const mode = labelPointsOf(b.d);
    this.setSource(b.specs.source, mainData(mode, features));
    const field = (b.style ?? b.d.style).label?.field ?? { vi: 'name_vi', en: 'name_en' };
    this.setSource(b.specs.labelSource, labelData(mode, features, field, this.labelPoints));
  }

  /**
   * Draws `input` (by layer id) in `order` (bottom first; ids without a description are not drawn).
   * New features (by array identity) go to their sources; a new style or highlight rebuilds the
   * layer's style layers; visibility and opacity follow the input.
   */
  setInput(input: Record<LayerId, MapLayerInput>, order: readonly LayerId[] = Object.keys(input)): void {
    let restack = order.join('\u0000') !== this.order.join('\u0000');
    this.order = [...order];
    // Run-time layers: build the ones new to the input (or given a new description), drop the gone.
    for (const id of [...this.runtime]) {
      if (input[id]?.description) continue;
      const source = this.built.get(id)?.specs.source ?? null;
      this.unbuild(id);
      this.setSource(source, { type: 'FeatureCollection', features: [] });
      this.runtime.delete(id);
      this.data.delete(id);
      restack = true;
    }
    for (const [layerId, layer] of Object.entries(input)) {
      const d = layer.description;
      if (d && this.built.get(layerId)?.d !== d && (this.runtime.has(layerId) || !this.built.has(layerId))) {
        this.runtime.add(layerId);
        this.visible.set(layerId, layer.visible);
        this.build(d, layer.style, layer.highlight);
        this.data.delete(layerId);
        restack = true;
      }
      let b = this.built.get(layerId);
      if (!b) continue;
      this.visible.set(layerId, layer.visible);
      if (b.style !== layer.style || (b.highlight ?? null) !== (layer.highlight ?? null)) {
        this.build(b.d, layer.style, layer.highlight);
        b = this.built.get(layerId)!;
        this.pushData(b, this.data.get(layerId) ?? []);
        restack = true;
      }
      if (this.data.get(layerId) !== layer.features) {
        this.data.set(layerId, layer.features);
        this.pushData(b, layer.features);
      }
      this.applyOpacity(layerId, layer.opacity ?? 1);
    }
    for (const [styleId, layerId] of this.owner) {
      const visible = input[layerId]?.visible ?? false;
      this.map.setLayoutProperty(styleId, 'visibility', visible ? 'visible' : 'none');
    }
    if (restack) this.restack();
    // Basemap names give way to the districts drawn (their codes) and to the home province.
    const codes = [...this.built.values()]
      .filter((b) => labelPointsOf(b.d) === 'district-label-points' && input[b.d.id]?.visible)
      .flatMap((b) => (this.data.get(b.d.id) ?? []).map((f) => String(f.properties?.code ?? '')));
    for (const [id, filter] of Object.entries(basemapLabelFilters(codes)))
      this.map.setFilter(id, filter as never);
  }

  /** tiles/labels.geojson: province and district names, and the district label points. */
  setLabels(labels: Feature[], labelPoints: ReadonlyMap<string, [number, number]>): void {
    this.labels = labels;
    this.labelPoints = labelPoints;
    this.setSource(BASEMAP_LABEL_SOURCE, basemapLabelFeatures(this.labels));
    for (const b of this.built.values()) {
      if (labelPointsOf(b.d) === 'district-label-points') this.pushData(b, this.data.get(b.d.id) ?? []);
    }
  }

  setLanguage(lang: Language): void {
    this.lang = lang;
    for (const id of BASEMAP_LABEL_LAYERS)
      this.map.setLayoutProperty(id, 'text-field', ['get', `label_${lang}`]);
    for (const b of this.built.values()) {
      for (const [id, text] of Object.entries(b.specs.texts)) {
        this.map.setLayoutProperty(id, 'text-field', text[lang] as never);
      }
    }
  }

  private applySelection(layerId: LayerId): void {
    const b = this.built.get(layerId);
    if (!b) return;
    const filter = selectedFilter(this.selected?.layerId === layerId ? this.selected.featureId : null);
    for (const id of b.selectionIds) {
      const point = this.map.getLayer(id)?.type === 'circle';
      this.map.setFilter(id, (point ? ['all', ['==', ['geometry-type'], 'Point'], filter] : filter) as never);
    }
  }

  setSelection(ref: FeatureRef | null): void {
    this.selected = ref;
    for (const layerId of this.built.keys()) this.applySelection(layerId);
  }

  setHover(ref: FeatureRef | null): void {
    const set = (r: FeatureRef | null, hover: boolean) => {
      const source = r ? this.built.get(r.layerId)?.specs.source : undefined;
      if (r && source) this.map.setFeatureState({ source, id: r.featureId }, { hover });
    };
    set(this.hovered, false);
    this.hovered = ref;
    set(ref, true);
  }
}
