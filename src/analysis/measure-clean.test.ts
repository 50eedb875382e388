// Polygons as a user draws them: closed by clicking the first vertex again or by a double click
// (repeated vertices), unclosed, pinched at a vertex, or with a hole touching the outer ring. Only a
// real crossing is refused; the areas are Turf's on the cleaned ring.
import turfArea from '@turf/area';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureGeometry } from './measure';

const A = [106.6, 11];
const B = [106.7, 11];
const C = [106.65, 11.08];
const triangle: Polygon = { type: 'Polygon', coordinates: [[A, B, C, A]] };
const km2 = (rings: Position[][]) => turfArea({ type: 'Polygon', coordinates: rings }) / 1e6;
const measured = (rings: Position[][]) => {
  const r = measureGeometry({ type: 'Polygon', coordinates: rings });
  return r.ok ? r.value.area_km2 : r.error;
};

describe('measuring drawn polygons', () => {
  it('repeated vertices (closing click, double click, several) measure as the clean ring', () => {
    const want = km2(triangle.coordinates);
    for (const ring of [
      [A, B, C, A, A],
      [A, B, B, C, A],
      [A, A, B, C, C, C, A],
      [A, B, C],
      [A, B, C, A, A, A],
    ]) {
      expect(measured([ring]), JSON.stringify(ring)).toBeCloseTo(want, 9);
    }
  });

  it('a hole touching the outer ring at one point (on an edge or at a vertex) is not a crossing', () => {
    const outer = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const onEdge = [
      [0, 2],
      [2, 1],
      [2, 3],
      [0, 2],
    ];
    const atVertex = [
      [0, 0],
      [2, 1],
      [1, 2],
      [0, 0],
    ];
    for (const hole of [onEdge, atVertex]) {
      expect(measured([outer, hole])).toBeCloseTo(km2([outer]) - km2([hole]), 6);
    }
  });

  it('a ring pinched at one vertex (two lobes, same turn) is measured', () => {
    const ring = [
      [0, 0],
      [1, 1],
      [2, 0],
      [2, 2],
      [1, 1],
      [0, 2],
      [0, 0],
    ];
    expect(typeof measured([ring])).toBe('number');
  });

  it('a ring that crosses itself at a vertex or between vertices is refused', () => {
    const throughVertex = [
      [0, 0],
      [1, 1],
      [2, 2],
      [2, 0],
      [1, 1],
      [0, 2],
      [0, 0],
    ];
    const bowtie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(measured([throughVertex])).toBe('self_intersection');
    expect(measured([bowtie])).toBe('self_intersection');
    const hole = [
      [-1, 1],
      [2, 1],
      [2, 2],
      [-1, 1],
    ];
    expect(
      measured([
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        hole,
      ]),
    ).toBe('self_intersection');
  });
});

describe('measuring every geometry type and degenerate shape answers, never throws', () => {
  const sq = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ];
  it.each([
    ['null', null, 'empty_selection'],
    ['Feature with null geometry', { type: 'Feature', geometry: null, properties: {} }, 'empty_selection'],
    ['Point', { type: 'Point', coordinates: [0, 0] }, 'invalid_geometry'],
    ['MultiPoint', { type: 'MultiPoint', coordinates: [[0, 0]] }, 'invalid_geometry'],
    ['GeometryCollection', { type: 'GeometryCollection', geometries: [] }, 'invalid_geometry'],
    ['LineString of one position', { type: 'LineString', coordinates: [[0, 0]] }, 'invalid_geometry'],
    ['MultiLineString with no parts', { type: 'MultiLineString', coordinates: [] }, 'invalid_geometry'],
    ['Polygon with no rings', { type: 'Polygon', coordinates: [] }, 'invalid_geometry'],
    ['Polygon with coordinates null', { type: 'Polygon', coordinates: null }, 'invalid_geometry'],
    [
      'Polygon with a NaN in its hole',
      {
        type: 'Polygon',
        coordinates: [
          sq,
          [
            [0.2, 0.2],
            [Number.NaN, 0.2],
            [0.3, 0.3],
            [0.2, 0.2],
          ],
        ],
      },
      'invalid_geometry',
    ],
    [
      'Polygon of one repeated position',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 0],
            [0, 0],
            [0, 0],
          ],
        ],
      },
      'invalid_geometry',
    ],
    [
      'MultiPolygon with an empty polygon',
      { type: 'MultiPolygon', coordinates: [[sq], []] },
      'invalid_geometry',
    ],
    [
      'LineString with repeated positions',
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [0, 0],
          [0, 1],
        ],
      },
      'line',
    ],
    [
      'MultiPolygon of two squares',
      { type: 'MultiPolygon', coordinates: [[sq], [sq.map(([x, y]) => [x! + 2, y!])]] },
      'polygon',
    ],
  ])('%s', (_label, input, expected) => {
    const r = measureGeometry(input as Parameters<typeof measureGeometry>[0]);
    if (r.ok) {
      expect(r.value.kind).toBe(expected);
      expect(Number.isFinite(r.value.length_km)).toBe(true);
    } else expect(r.error).toBe(expected);
  });
});
