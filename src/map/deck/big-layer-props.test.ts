// The deck.gl props of a large layer's chunk: ids, the offset coordinate system and origin, and
// constant colours from the layer's description (no accessor function for deck.gl to call).
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { userDescriptionOfKind } from '../../layers/user-description';
import {
  bigChunkDraw,
  bigChunkProps,
  chunkLayerId,
  chunkPointsLayerId,
  parseChunkLayerId,
} from './big-layer-props';

const [chunk] = featuresToChunks([
  {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [106.6, 11],
          [106.7, 11],
          [106.7, 11.1],
          [106.6, 11],
        ],
      ],
    },
    properties: { id: 'a' },
  },
]);

describe('bigChunkProps', () => {
  it('draws polygons in the description colour, as constants, offset from the chunk origin', () => {
    // USER_PALETTE[0] is #117733; a polygon layer fills at 0.35 and outlines at 1.5 px.
    const d = userDescriptionOfKind('user:3', 'x.fgb', 'polygon', 0);
    const p = bigChunkProps(d, 2, chunk!, { opacity: 0.5, visible: true, beforeId: 'parks-fill' });
    expect(p.id).toBe('user:3#2');
    expect(p.data).toBe(chunk);
    expect(p.coordinateSystem).toBe('lnglat-offsets');
    expect(p.coordinateOrigin).toEqual([chunk!.origin[0], chunk!.origin[1], 0]);
    expect(p.getFillColor).toEqual([0x11, 0x77, 0x33, Math.round(255 * 0.35)]);
    expect(p.getLineColor).toEqual([0x11, 0x77, 0x33, 255]);
    expect(p.getLineWidth).toBe(1.5);
    expect(p.filled && p.stroked && p.pickable).toBe(true);
    expect(p.opacity).toBe(0.5);
    expect(p.beforeId).toBe('parks-fill');
  });

  it('points are filled with the point colour and ringed in white', () => {
    const d = userDescriptionOfKind('user:1', 'x.fgb', 'point', 1);
    const p = bigChunkProps(d, 0, chunk!, { opacity: 1, visible: false, beforeId: 'x' });
    expect(p.getFillColor).toEqual([0x44, 0xaa, 0x99, 255]);
    expect(p.getLineColor).toEqual([255, 255, 255, 255]);
    // Sized on the ground, 1.5 px zoomed out up to the style's 5 px (no blot of rings at z10).
    expect(p.pointRadiusUnits).toBe('meters');
    expect(p.getPointRadius).toBe(25);
    expect([p.pointRadiusMinPixels, p.pointRadiusMaxPixels]).toEqual([1.5, 5]);
    expect(p.lineWidthUnits).toBe('meters');
    expect(p.lineWidthMaxPixels).toBeGreaterThan(0);
    expect(p.visible).toBe(false);
  });

  it('chunk layer ids go both ways', () => {
    expect(parseChunkLayerId(chunkLayerId('user:12', 7))).toEqual({ layerId: 'user:12', n: 7 });
    expect(parseChunkLayerId(chunkPointsLayerId('user:12', 7))).toEqual({ layerId: 'user:12', n: 7 });
    expect(chunkPointsLayerId('user:12', 7)).not.toBe(chunkLayerId('user:12', 7));
    expect(parseChunkLayerId('analysis-zone')).toBeNull();
  });
});

describe('bigChunkDraw (level of detail)', () => {
  const d = userDescriptionOfKind('user:3', 'x.fgb', 'polygon', 0);
  const at = (zoom: number, visible = true) =>
    bigChunkDraw(d, 4, chunk!, { opacity: 0.8, visible, beforeId: 'b', zoom, shapeZoom: 12.8 });

  it('below the shape zoom draws points only, in the fill colour made opaque enough to see', () => {
    const { shapes, points } = at(10);
    expect(shapes.visible).toBe(false);
    expect(points.visible).toBe(true);
    expect(points.id).toBe('user:3#4.p');
    expect(points.coordinateSystem).toBe('lnglat-offsets');
    expect(points.coordinateOrigin).toEqual([chunk!.origin[0], chunk!.origin[1], 0]);
    // #117733 at fill alpha 0.35 (89) raised to 160.
    expect(points.getFillColor).toEqual([0x11, 0x77, 0x33, 160]);
    expect(points.radiusUnits).toBe('pixels');
    expect(points.getRadius).toBeGreaterThanOrEqual(1.5);
    expect(points.getRadius).toBeLessThanOrEqual(2);
    expect(points.pickable && points.opacity === 0.8 && points.beforeId === 'b').toBe(true);
  });

  it('from the shape zoom draws the polygons, without outlines until zoom 13', () => {
    const mid = at(12.8);
    expect(mid.points.visible).toBe(false);
    expect(mid.shapes.visible).toBe(true);
    expect(mid.shapes.stroked).toBe(false);
    const near = at(14);
    expect(near.shapes.visible && near.shapes.stroked).toBe(true);
    expect(near.points.visible).toBe(false);
  });

  it('a chunk not near the view or a hidden layer draws neither level', () => {
    for (const z of [8, 16]) {
      const { shapes, points } = at(z, false);
      expect(shapes.visible || points.visible).toBe(false);
    }
  });
});
