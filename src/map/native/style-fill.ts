// TEMPORARY bridge until the layers work's renderer draws any layer from its LayerStyle: the
// districts layer's `style.fill` override (the choropleth) as one MapLibre fill layer on the
// districts source, under the nearly transparent picking fill (so click and hover work as before)
// and the outlines. Delete this file, and its two calls in NativeLayers.ts, once style overrides
// are rendered generally; colour-rule.ts stays (the renderer reuses it).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FillStyle, LayerStyle } from '../../layers/style';
import { colorRuleExpression } from './color-rule';
import { SOURCE } from './sources';

export const STYLE_FILL_LAYER = 'districts-style-fill';

export class DistrictStyleFill {
  private fill: FillStyle | null = null;
  private shown: boolean | null = null;
  private opacity: number | null = null;

  /** Adds the (hidden) fill layer below `beforeId`. */
  constructor(
    private readonly map: MapLibreMap,
    beforeId: string,
  ) {
    map.addLayer(
      {
        id: STYLE_FILL_LAYER,
        type: 'fill',
        source: SOURCE.districts,
        layout: { visibility: 'none' },
        paint: { 'fill-color': '#000000', 'fill-opacity': 0 },
      },
      beforeId,
    );
  }

  /** Draws `style.fill` while the layer is visible and has one; hides the layer otherwise. */
  set(input: { visible: boolean; opacity?: number; style?: LayerStyle }): void {
    const fill = input.style?.fill ?? null;
    const shown = input.visible && fill !== null;
    if (fill && fill !== this.fill) {
      this.map.setPaintProperty(STYLE_FILL_LAYER, 'fill-color', colorRuleExpression(fill.color) as never);
    }
    this.fill = fill;
    const opacity = (fill?.opacity ?? 0) * (input.opacity ?? 1);
    if (opacity !== this.opacity) {
      this.opacity = opacity;
      this.map.setPaintProperty(STYLE_FILL_LAYER, 'fill-opacity', opacity);
    }
    if (shown !== this.shown) {
      this.shown = shown;
      this.map.setLayoutProperty(STYLE_FILL_LAYER, 'visibility', shown ? 'visible' : 'none');
    }
  }
}
