// Every geometry type and degenerate shape a layer could carry (the GeoJSON forms of what a
// FlatGeobuf file can hold, plus null and non-finite coordinates), through the entry check and then
// through each analysis: each feature is either used or listed in `left_out` with its reason, and
// no result holds a NaN.
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtAreas, featureArea } from './areas';
import { createContext } from './context';
import type { LeftOutReason } from './intake';
import { packLayers } from './pack';
import { parkProximity } from './proximity';
import { district, square, syntheticLayers } from './test-fixtures';
import { whereAmI } from './where';
import { withinDistance } from './within';

type Case = [label: string, geometry: unknown, expected: LeftOutReason | 'kept'];

const feature = (id: string, geometry: unknown, props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  geometry: geometry as Geometry,
  properties: { id, name_en: id, name_vi: id, ...props },
});

const pt = (x: number, y: number) => ({ type: 'Point', coordinates: [x, y] });
const line = (...c: number[][]) => ({ type: 'LineString', coordinates: c });
const poly = (rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
const sq = square(106.61, 11.01, 106.63, 11.03);

/** Shapes every layer may be given; `expected` per layer below. */
const SHAPES: Record<string, unknown> = {
  null: null,
  point: pt(106.62, 11.02),
  pointNaN: pt(Number.NaN, Number.NaN),
  pointInfinity: pt(Number.POSITIVE_INFINITY, 11),
  pointOutOfRange: pt(206.62, 11.02),
  pointEmpty: { type: 'Point', coordinates: [] },
  multiPointOne: { type: 'MultiPoint', coordinates: [[106.62, 11.02]] },
  multiPointTwo: {
    type: 'MultiPoint',
    coordinates: [
      [106.62, 11.02],
      [106.64, 11.02],
    ],
  },
  multiPointEmpty: { type: 'MultiPoint', coordinates: [] },
  line: line([106.61, 11.02], [106.63, 11.02]),
  lineOnePosition: line([106.61, 11.02]),
  lineRepeated: line([106.61, 11.02], [106.61, 11.02]),
  lineNaN: line([106.61, 11.02], [Number.NaN, 11.02]),
  multiLine: {
    type: 'MultiLineString',
    coordinates: [
      [
        [106.61, 11.02],
        [106.63, 11.02],
      ],
      [[106.6, 11.0]],
    ],
  },
  polygon: poly(sq),
  polygonUnclosed: poly([sq[0]!.slice(0, 4)]),
  polygonTwoPoints: poly([
    [
      [106.61, 11.01],
      [106.63, 11.03],
      [106.61, 11.01],
    ],
  ]),
  polygonRepeatedPoint: poly([
    [
      [106.61, 11.01],
      [106.61, 11.01],
      [106.61, 11.01],
      [106.61, 11.01],
    ],
  ]),
  polygonEmpty: poly([]),
  polygonNaN: poly([
    [
      [106.61, 11.01],
      [106.63, Number.NaN],
      [106.63, 11.03],
      [106.61, 11.01],
    ],
  ]),
  multiPolygon: { type: 'MultiPolygon', coordinates: [sq, square(106.64, 11.01, 106.65, 11.02)] },
  geometryCollection: { type: 'GeometryCollection', geometries: [pt(106.62, 11.02)] },
  // FlatGeobuf types that GeoJSON has no name for, should a reader pass them through as they are.
  triangle: { type: 'Triangle', coordinates: sq },
  tin: { type: 'TIN', coordinates: [sq] },
  polyhedralSurface: { type: 'PolyhedralSurface', coordinates: [sq] },
  circularString: { type: 'CircularString', coordinates: sq[0] },
  curvePolygon: { type: 'CurvePolygon', coordinates: sq },
  untyped: { coordinates: [106.62, 11.02] },
};

const PARKS: Record<string, LeftOutReason | 'kept'> = {
  null: 'no_location',
  point: 'kept',
  pointNaN: 'no_location',
  pointInfinity: 'no_location',
  pointOutOfRange: 'no_location',
  pointEmpty: 'empty_geometry',
  multiPointOne: 'kept',
  multiPointTwo: 'unsupported_geometry',
  multiPointEmpty: 'empty_geometry',
  line: 'unsupported_geometry',
  lineOnePosition: 'unsupported_geometry',
  lineRepeated: 'unsupported_geometry',
  lineNaN: 'unsupported_geometry',
  multiLine: 'unsupported_geometry',
  polygon: 'kept',
  polygonUnclosed: 'kept',
  polygonTwoPoints: 'empty_geometry',
  polygonRepeatedPoint: 'empty_geometry',
  polygonEmpty: 'empty_geometry',
  polygonNaN: 'no_location',
  multiPolygon: 'kept',
  geometryCollection: 'unsupported_geometry',
  triangle: 'unsupported_geometry',
  tin: 'unsupported_geometry',
  polyhedralSurface: 'unsupported_geometry',
  circularString: 'unsupported_geometry',
  curvePolygon: 'unsupported_geometry',
  untyped: 'unsupported_geometry',
};

const DISTRICTS: Record<string, LeftOutReason | 'kept'> = {
  ...Object.fromEntries(Object.keys(SHAPES).map((k) => [k, 'unsupported_geometry'])),
  null: 'no_location',
  polygon: 'kept',
  polygonUnclosed: 'kept',
  polygonTwoPoints: 'empty_geometry',
  polygonRepeatedPoint: 'empty_geometry',
  polygonEmpty: 'empty_geometry',
  polygonNaN: 'no_location',
  multiPolygon: 'kept',
};

const CORRIDORS: Record<string, LeftOutReason | 'kept'> = {
  ...Object.fromEntries(Object.keys(SHAPES).map((k) => [k, 'unsupported_geometry'])),
  null: 'no_location',
  line: 'kept',
  lineOnePosition: 'empty_geometry',
  lineRepeated: 'kept',
  lineNaN: 'no_location',
  multiLine: 'kept',
};

function layersWith(layer: 'parks' | 'districts' | 'corridors' | 'places', cases: Case[]) {
  const base = syntheticLayers();
  const props =
    layer === 'parks'
      ? { status: 'existing', area_ha: 10, district_code: '' }
      : layer === 'districts'
        ? { area_km2_official: 1 }
        : layer === 'corridors'
          ? { kind: 'expressway', status: 'existing' }
          : { kind: 'logistics' };
  const extra = cases.map(([label, g]) =>
    feature(`${layer}_${label}`, g, layer === 'districts' ? { ...props, code: `9${label}` } : props),
  );
  return { ...base, [layer]: [...(base[layer] as Feature[]), ...extra] };
}

function expectNoNaN(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isNaN(value), path).toBe(false);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) expectNoNaN(v, `${path}.${k}`);
}

describe.each([
  ['parks', PARKS],
  ['places', PARKS],
  ['districts', DISTRICTS],
  ['corridors', CORRIDORS],
] as const)('the %s layer given every shape', (layer, expected) => {
  const cases: Case[] = Object.entries(SHAPES).map(([k, g]) => [k, g, expected[k]!]);
  const ctx = createContext(packLayers(layersWith(layer, cases)));
  const wantLeftOut = cases
    .filter(([, , e]) => e !== 'kept')
    .map(([label, , reason]) => ({ layer, id: `${layer}_${label}`, reason }));

  it('keeps what it can use and lists the rest with the reason and the feature named', () => {
    expect(ctx.leftOut.map(({ layer, id, reason }) => ({ layer, id, reason }))).toEqual(wantLeftOut);
    for (const e of ctx.leftOut) expect(e.message).toContain(e.id);
    const kept = ctx.layers[layer]!.attrs.map((a) => a.id);
    for (const [label, , e] of cases) expect(kept.includes(`${layer}_${label}`), label).toBe(e === 'kept');
  });

  it('every analysis answers, carries the entries of the layers it uses, and holds no NaN', async () => {
    const results = [
      ['districts', 'parks', districtAreas(ctx)],
      ['parks', 'corridors', 'places', parkProximity(ctx)],
      ['parks', 'corridors', withinDistance(ctx, { target: { type: 'kind', kind: 'expressway' }, km: 20 })],
      ['parks', 'places', withinDistance(ctx, { target: { type: 'logistics', kind: 'port' }, km: 20 })],
      ['districts', 'parks', 'corridors', whereAmI(ctx, [106.62, 11.02])],
    ] as const;
    for (const entry of results) {
      const r = entry.at(-1) as ReturnType<typeof districtAreas>;
      const uses = entry.slice(0, -1) as readonly string[];
      expect(r.ok, `${uses}`).toBe(true);
      if (!r.ok) continue;
      expectNoNaN(r.value);
      const lo = (r.value as unknown as { left_out: { id: string }[] }).left_out.map((e) => e.id);
      expect(lo).toEqual(uses.includes(layer) ? wantLeftOut.map((e) => e.id) : []);
    }
  });
});

describe('attributes the analyses need, missing', () => {
  const base = syntheticLayers();
  const ctx = createContext(
    packLayers({
      ...base,
      districts: [
        ...(base.districts as Feature[]),
        feature('no_code', poly(square(106.7, 11.0, 106.8, 11.1)), { code: null }),
      ],
      parks: [
        ...(base.parks as Feature[]),
        feature('no_status', pt(106.55, 11.02), { status: null, area_ha: 5, district_code: '1' }),
        feature('odd_status', pt(106.56, 11.02), { status: 'Existing!', area_ha: 7, district_code: '1' }),
        feature('no_area', pt(106.57, 11.02), { status: 'existing', area_ha: null, district_code: '1' }),
        feature('no_district', pt(106.75, 11.05), { status: 'planned', area_ha: 20, district_code: null }),
      ],
      corridors: [
        ...(base.corridors as Feature[]),
        feature('no_kind', line([106.5, 11.03], [106.7, 11.03]), { kind: null, status: 'existing' }),
        feature('no_status_c', line([106.5, 11.04], [106.7, 11.04]), { kind: 'expressway', status: null }),
      ],
    }),
  );

  it('a missing or unknown park status is "unknown", counted in its own column', () => {
    const r = districtAreas(ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d1 = r.value.districts.find((d) => d.code === '1')!;
    expect(d1.by_status.unknown).toEqual({ count: 2, area_ha: 12, unknown_area_count: 0 });
    expect(d1.total.unknown_area_count).toBe(1);
    expect(r.value.unknown_status_park_ids).toEqual(['no_status', 'odd_status']);
    // A park without a district code goes by its point; a district without code matches no park code.
    const noCode = r.value.districts.find((d) => d.id === 'no_code')!;
    expect(noCode.park_ids).toEqual(['no_district']);
    expect(r.value.unassigned_park_ids).toEqual([]);
  });

  it('filters by status treat "unknown" like any status', () => {
    const only = districtAreas(ctx, { parkStatuses: ['unknown'] });
    expect(only.ok && only.value.province.total.count).toBe(2);
    const within = withinDistance(ctx, {
      target: { type: 'kind', kind: 'expressway' },
      km: 50,
      parkStatuses: ['existing'],
      zone: false,
    });
    expect(within.ok && within.value.filtered_unknown_status_park_ids).toEqual(['no_status', 'odd_status']);
    expect(within.ok && within.value.parks.some((p) => p.park.status === 'unknown')).toBe(false);
  });

  it('a corridor of unknown kind or status is named; it counts where neither filters', () => {
    expect(ctx.leftOut.map((e) => [e.id, e.reason])).toEqual([
      ['no_kind', 'unknown_kind'],
      ['no_status_c', 'unknown_status'],
    ]);
    const r = parkProximity(ctx);
    expect(r.ok && r.value.rows.every((row) => row.corridors.expressway?.id !== 'no_status_c')).toBe(true);
  });

  it('the area of a park without area is null, never 0', () => {
    const r = featureArea(ctx, 'parks', 'no_area');
    expect(r.ok && r.value.area_ha).toBeNull();
  });
});

describe('districts that overlap or share a border (Turf: boundary inside, any part)', () => {
  const ctx = createContext(
    packLayers({
      districts: [
        district('2', square(106.6, 11.0, 106.7, 11.1)),
        district('1', square(106.5, 11.0, 106.6, 11.1)),
      ],
      parks: [
        feature('border', pt(106.6, 11.05), { status: 'existing', area_ha: 10, district_code: '' }),
        feature('corner', pt(106.6, 11.1), { status: 'existing', area_ha: 1, district_code: '' }),
        feature('coded', pt(106.6, 11.02), { status: 'existing', area_ha: 5, district_code: '2' }),
      ],
      corridors: [
        feature('c', line([106.5, 11.0], [106.7, 11.0]), { kind: 'expressway', status: 'existing' }),
      ],
    }),
  );

  it('"where am I" on the shared edge and the shared vertex names both, by code', () => {
    for (const p of [
      [106.6, 11.05],
      [106.6, 11.1],
    ] as [number, number][]) {
      const r = whereAmI(ctx, p);
      expect(r.ok && r.value.districts.map((d) => d.code)).toEqual(['1', '2']);
      expect(r.ok && r.value.district?.code).toBe('1');
    }
  });

  it('Areas counts a border park once: its code first, else the first district by code', () => {
    const r = districtAreas(ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const byCode = Object.fromEntries(r.value.districts.map((d) => [d.code, d.park_ids]));
    expect(byCode).toEqual({ '1': ['border', 'corner'], '2': ['coded'] });
    expect(r.value.border_park_ids).toEqual(['border', 'corner', 'coded']);
    expect(r.value.province.total.area_ha).toBe(16);
  });
});
