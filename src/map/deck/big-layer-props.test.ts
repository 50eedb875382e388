// The deck.gl props of a large layer's chunk: ids, the offset coordinate system and origin, and
// constant colours from the layer's description (no accessor function for deck.gl to call).
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import { userDescriptionOfKind } from '../../layers/user-description';
import { bigChunkProps, chunkLayerId, parseChunkLayerId } from './big-layer-props';

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
    expect(p.getPointRadius).toBe(5);
    expect(p.visible).toBe(false);
  });

  it('chunk layer ids go both ways', () => {
    expect(parseChunkLayerId(chunkLayerId('user:12', 7))).toEqual({ layerId: 'user:12', n: 7 });
    expect(parseChunkLayerId('analysis-zone')).toBeNull();
  });
});
