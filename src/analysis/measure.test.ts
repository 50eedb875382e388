import turfArea from '@turf/area';
import turfLength from '@turf/length';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { measureGeometry } from './measure';

describe('measureGeometry', () => {
  it('measures a line like @turf/length', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [106.5, 11],
        [106.6, 11.1],
        [106.7, 11],
      ],
    };
    const r = measureGeometry(line);
    expect(r.ok && r.value.length_km).toBeCloseTo(
      turfLength({ type: 'Feature', geometry: line, properties: {} }),
      9,
    );
    expect(r.ok && r.value.area_km2).toBeNull();
  });

  it('measures a polygon (with a hole) like @turf/area, also as a Feature', () => {
    const poly: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [106.5, 11],
          [106.6, 11],
          [106.6, 11.1],
          [106.5, 11.1],
          [106.5, 11],
        ],
        [
          [106.52, 11.02],
          [106.52, 11.04],
          [106.54, 11.04],
          [106.54, 11.02],
          [106.52, 11.02],
        ],
      ],
    };
    const r = measureGeometry({ type: 'Feature', geometry: poly, properties: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.area_km2).toBeCloseTo(turfArea(poly) / 1e6, 9);
    expect(r.value.area_ha).toBeCloseTo(turfArea(poly) / 1e4, 6);
    expect(r.value.kind).toBe('polygon');
  });

  it('refuses a self-intersecting polygon with the crossing point', () => {
    const bowtie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const r = measureGeometry(bowtie);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('self_intersection');
    expect(r.messageKey).toBe('analysis.error.self_intersection');
    expect((r.details!.points as number[][])[0]![0]).toBeCloseTo(0.5, 6);
  });

  it('refuses bad input without throwing', () => {
    expect(measureGeometry(null)).toMatchObject({ ok: false, error: 'empty_selection' });
    expect(measureGeometry({ type: 'Point', coordinates: [1, 2] })).toMatchObject({
      ok: false,
      error: 'invalid_geometry',
    });
    expect(measureGeometry({ type: 'LineString', coordinates: [[1, 2]] })).toMatchObject({
      ok: false,
      error: 'invalid_geometry',
    });
    expect(
      measureGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: 'invalid_geometry',
    });
    expect(
      measureGeometry({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [Number.NaN, 1],
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: 'invalid_geometry',
    });
  });
});
