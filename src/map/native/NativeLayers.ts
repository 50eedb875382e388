// The curated data layers as MapLibre's own sources and layers: shapes (fills, lines, circles),
// selection outlines and symbol labels, so one collision index sees every label and place dot.
// PlanningMap hands it plain inputs; this keeps the style in step with them.

import type { Feature } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { LayerStyle } from '../../layers/style';
import type { Language } from '../../state/language';
import type { FeatureRef } from '../../state/selection';
import { baseOpacities, scaledOpacity } from './opacity';
import { selectedFilter, selectionLayers, shapeLayers } from './shapes';
import {
  basemapLabelFeatures,
  collection,
  corridorFeatures,
  districtLabelPoints,
  EMPTY,
  parkLabelPoints,
  placeFeatures,
  SOURCE,
} from './sources';
import { DistrictStyleFill } from './style-fill';
import { basemapLabelFilters, symbolIcons, symbolLayers, textFields } from './symbols';
import { collectionForMapLibre } from './transfer';

export interface NativeLayerInput {
  visible: boolean;
  features: Feature[];
  /** 0–1; omitted: 1. */
  opacity?: number;
  /** Replaces the layer's look while set (only the districts' fill is drawn from it so far). */
  style?: LayerStyle;
}

/** Style layers that show a data layer's features, for picking (label layers pick their feature too). */
export const PICK_LAYERS: Record<string, LayerId> = {
  'districts-labels': 'districts',
  'places-symbols': 'places',
  'parks-labels': 'parks',
  'corridors-labels': 'corridors',
  'parks-point-symbols': 'parks',
  'corridors-existing': 'corridors',
  'corridors-under-construction': 'corridors',
  'corridors-planned': 'corridors',
  'corridors-unsourced': 'corridors',
  'corridors-rail-centre': 'corridors',
  'parks-fill': 'parks',
  'districts-fill': 'districts',
};

/** Which data layer's source each selection layer outlines, and any extra filter it keeps. */
const SELECTION_OF: Record<string, { layerId: LayerId; base?: unknown[] }> = {
  'districts-selected': { layerId: 'districts' },
  'parks-selected': { layerId: 'parks' },
  'parks-selected-point': { layerId: 'parks', base: ['==', ['geometry-type'], 'Point'] },
  'places-selected': { layerId: 'places' },
  'corridors-selected': { layerId: 'corridors' },
};

const HOVER_SOURCE: Partial<Record<LayerId, string>> = {
  districts: SOURCE.districts,
  parks: SOURCE.parks,
  corridors: SOURCE.corridors,
  places: SOURCE.places,
};

export class NativeLayers {
  /** Style layer ids of each data layer (shapes, selection and labels), for visibility. */
  private readonly owned = new Map<string, LayerId>();
  /** The style's own opacity values of each shape and label layer, scaled by the layer's opacity. */
  private readonly baseOpacity = new Map<string, Map<string, unknown>>();
  private readonly opacity = new Map<LayerId, number>();
  private readonly data = new Map<string, Feature[]>();
  private labels: Feature[] = [];
  private labelPoints: ReadonlyMap<string, [number, number]> = new Map();
  private districtFeatures: Feature[] = [];
  private hovered: FeatureRef | null = null;
  private readonly styleFill: DistrictStyleFill;
  /** The first label layer: analysis overlays are drawn under it. */
  readonly firstSymbolLayer: string;

  constructor(
    private readonly map: MapLibreMap,
    lang: Language,
  ) {
    const promote = { promoteId: 'id' };
    for (const id of Object.values(SOURCE)) {
      map.addSource(id, { type: 'geojson', data: EMPTY, ...(id === SOURCE.basemapLabels ? {} : promote) });
    }
    for (const { name, image } of symbolIcons()) map.addImage(name, image, { pixelRatio: 2 });
    const shapes = shapeLayers();
    for (const layerId of ['context', 'districts', 'parks', 'corridors'] as LayerId[]) {
      for (const spec of shapes[layerId] ?? []) this.add(spec, layerId, true);
    }
    this.styleFill = new DistrictStyleFill(map, 'districts-fill');
    for (const spec of selectionLayers()) this.add(spec, SELECTION_OF[spec.id]?.layerId ?? null);
    const symbols = symbolLayers(lang);
    this.firstSymbolLayer = symbols[0]!.spec.id;
    for (const { layerId, spec } of symbols) this.add(spec, layerId as LayerId | null, true);
  }

  /**
   * `fades`: the layer follows its data layer's opacity. Selection outlines do not: the selected
   * feature stays plain to see on a faded layer.
   */
  private add(spec: Parameters<MapLibreMap['addLayer']>[0], layerId: LayerId | null, fades = false): void {
    this.map.addLayer({
      ...spec,
      layout: { ...('layout' in spec ? spec.layout : {}), visibility: 'none' },
    } as never);
    if (layerId) this.owned.set(spec.id, layerId);
    if (layerId && fades) {
      const paint = 'paint' in spec ? (spec.paint as Record<string, unknown> | undefined) : undefined;
      this.baseOpacity.set(spec.id, baseOpacities(spec.type, paint));
    }
  }

  private applyOpacity(layerId: LayerId, opacity: number): void {
    if ((this.opacity.get(layerId) ?? 1) === opacity) return;
    this.opacity.set(layerId, opacity);
    for (const [styleId, owner] of this.owned) {
      if (owner !== layerId) continue;
      for (const [prop, base] of this.baseOpacity.get(styleId) ?? []) {
        this.map.setPaintProperty(styleId, prop as never, scaledOpacity(base, opacity) as never);
      }
    }
  }

  private setSource(id: string, data: GeoJSON.FeatureCollection): void {
    (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(collectionForMapLibre(data));
  }

  /** New features (by array identity) go to their sources; visibility follows `visible`. */
  setInput(input: Record<LayerId, NativeLayerInput>): void {
    for (const [layerId, { features }] of Object.entries(input) as [LayerId, NativeLayerInput][]) {
      if (this.data.get(layerId) === features) continue;
      this.data.set(layerId, features);
      if (layerId === 'context') this.setSource(SOURCE.context, collection(features));
      if (layerId === 'districts') {
        this.districtFeatures = features;
        this.setSource(SOURCE.districts, collection(features));
        this.setSource(SOURCE.districtLabels, districtLabelPoints(features, this.labelPoints));
      }
      if (layerId === 'parks') {
        this.setSource(SOURCE.parks, collection(features));
        this.setSource(SOURCE.parkLabels, parkLabelPoints(features));
      }
      if (layerId === 'corridors') this.setSource(SOURCE.corridors, corridorFeatures(features));
      if (layerId === 'places') this.setSource(SOURCE.places, placeFeatures(features));
    }
    for (const [layerId, { opacity }] of Object.entries(input) as [LayerId, NativeLayerInput][]) {
      this.applyOpacity(layerId, opacity ?? 1);
    }
    for (const [styleId, layerId] of this.owned) {
      const visible = input[layerId]?.visible ?? false;
      this.map.setLayoutProperty(styleId, 'visibility', visible ? 'visible' : 'none');
    }
    this.styleFill.set(input.districts);
    // Basemap names are shown with the context layer's or without any: they are the basemap's.
    const codes = input.districts.visible
      ? this.districtFeatures.map((f) => String(f.properties?.code ?? ''))
      : [];
    for (const [id, filter] of Object.entries(basemapLabelFilters(codes)))
      this.map.setFilter(id, filter as never);
    for (const id of ['basemap-province-labels', 'basemap-district-labels']) {
      this.map.setLayoutProperty(id, 'visibility', 'visible');
    }
  }

  /** tiles/labels.geojson: province and district names, and the district label points. */
  setLabels(labels: Feature[], labelPoints: ReadonlyMap<string, [number, number]>): void {
    this.labels = labels;
    this.labelPoints = labelPoints;
    this.setSource(SOURCE.basemapLabels, basemapLabelFeatures(this.labels));
    this.setSource(SOURCE.districtLabels, districtLabelPoints(this.districtFeatures, labelPoints));
  }

  setLanguage(lang: Language): void {
    for (const [id, field] of Object.entries(textFields(lang))) {
      this.map.setLayoutProperty(id, 'text-field', field as never);
    }
  }

  setSelection(ref: FeatureRef | null): void {
    for (const [id, { layerId, base }] of Object.entries(SELECTION_OF)) {
      const filter = selectedFilter(ref?.layerId === layerId ? ref.featureId : null);
      this.map.setFilter(id, (base ? ['all', base, filter] : filter) as never);
    }
  }

  setHover(ref: FeatureRef | null): void {
    const set = (r: FeatureRef | null, hover: boolean) => {
      const source = r ? HOVER_SOURCE[r.layerId] : undefined;
      if (r && source) this.map.setFeatureState({ source, id: r.featureId }, { hover });
    };
    set(this.hovered, false);
    this.hovered = ref;
    set(ref, true);
  }
}
