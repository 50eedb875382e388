import earcut from 'earcut';
import { describe, expect, it } from 'vitest';
import { featuresToChunks } from '../../data/binary/builder';
import type { BinaryChunk } from '../../data/binary/types';
import { parcels } from '../../data/fgb/test-parcels';
import { userDescriptionOfKind } from '../../layers/user-description';
import { chunkDraws } from '../big-draw';
import type { BigLayerInput } from '../types';
import { ChunkTriangles } from './chunk-triangles';
import { shapeZoom } from './feature-points';

const [chunk] = featuresToChunks([...parcels(40)]);

function layer(c: BinaryChunk): BigLayerInput {
  return {
    id: 'user:1',
    description: userDescriptionOfKind('user:1', 'p.fgb', 'polygon', 0),
    chunks: [c],
    opacity: 1,
    visible: true,
  } as BigLayerInput;
}

describe('triangles made when a chunk is first drawn as shapes', () => {
  it('arrive without triangles and get earcut’s, once, through the triangulator', async () => {
    const c = structuredClone(chunk!);
    expect(c.polygons.triangles.value.length).toBe(0);
    let asked = 0;
    const ready: BinaryChunk[] = [];
    const triangles = new ChunkTriangles(
      (x) => ready.push(x),
      async (p) => {
        asked++;
        // The reference: earcut of each parcel's ring on the positions the chunk holds.
        const out: number[] = [];
        const polys = p.polygonIndices.value;
        for (let k = 0; k + 1 < polys.length; k++) {
          const [s, e] = [polys[k]!, polys[k + 1]!];
          for (const t of earcut(p.positions.value.subarray(2 * s, 2 * e), undefined, 2)) out.push(t + s);
        }
        return Uint16Array.from(out);
      },
    );
    expect(triangles.ready(c)).toBe(false);
    expect(triangles.ready(c)).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toBe(1);
    expect(ready).toEqual([c]);
    expect(triangles.ready(c)).toBe(true);
    // 40 parcels of 17 corners: 15 triangles each.
    expect(c.polygons.triangles.value.length).toBe(40 * 15 * 3);
  });

  it('draws a chunk as points until its triangles are there, and asks only for chunks it would draw as shapes', () => {
    const c = structuredClone(chunk!);
    const view = (zoom: number) => ({
      bounds: [100, 0, 120, 20] as [number, number, number, number],
      outlines: false,
      zoom,
    });
    const asked: BinaryChunk[] = [];
    const notYet = (x: BinaryChunk) => {
      asked.push(x);
      return false;
    };
    const far = chunkDraws([layer(c)], view(shapeZoom(c) - 1), () => 'b', notYet)[0]!;
    expect(asked).toEqual([]);
    expect([far.shapes.visible, far.points.visible]).toEqual([false, true]);
    const near = chunkDraws([layer(c)], view(shapeZoom(c) + 1), () => 'b', notYet)[0]!;
    expect(asked).toEqual([c]);
    expect([near.shapes.visible, near.points.visible]).toEqual([false, true]);
    const done = chunkDraws(
      [layer(c)],
      view(shapeZoom(c) + 1),
      () => 'b',
      () => true,
    )[0]!;
    expect([done.shapes.visible, done.points.visible]).toEqual([true, false]);
  });
});
