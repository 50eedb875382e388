// The data boundary on GeoJSON as any reader hands it over (parsed JSON included, so hostile
// shapes such as strings for coordinates and "__proto__" keys reach it exactly as from a file).
import { describe, expect, it } from 'vitest';
import {
  checkFeature,
  describeFeature,
  type FeatureProblem,
  FeatureProblemError,
  geometryFault,
  isLocationProblem,
  settleProblems,
} from './index';

const ring = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 0],
];

describe('geometryFault', () => {
  const valid: unknown[] = [
    { type: 'Point', coordinates: [106.6, 11] },
    { type: 'Point', coordinates: [106.6, 11, 20, 5] },
    { type: 'MultiPoint', coordinates: [[1, 2]] },
    {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0, 0],
      ],
    },
    {
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
    },
    { type: 'Polygon', coordinates: [ring] },
    { type: 'MultiPolygon', coordinates: [[ring], [ring]] },
    { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] },
  ];
  for (const g of valid) {
    it(`accepts ${JSON.stringify(g)}`, () => expect(geometryFault(g)).toBeNull());
  }

  const invalid: [unknown, string, RegExp][] = [
    [null, 'problem.geometry.missing', /no geometry/],
    [{ type: 'Point', coordinates: [] }, 'problem.geometry.empty', /empty/],
    [{ type: 'Point', coordinates: [1] }, 'problem.geometry.invalid', /\[1\], not 2 to 4 numbers/],
    [{ type: 'Point', coordinates: [1, 2, 3, 4, 5] }, 'problem.geometry.invalid', /not 2 to 4/],
    [{ type: 'Point', coordinates: ['106', 11] }, 'problem.geometry.nonFinite', /not finite/],
    [{ type: 'Point', coordinates: [null, 11] }, 'problem.geometry.nonFinite', /not finite/],
    [{ type: 'Point', coordinates: [Number.NaN, 11] }, 'problem.geometry.nonFinite', /NaN/],
    [
      { type: 'Point', coordinates: [1, Number.NEGATIVE_INFINITY] },
      'problem.geometry.nonFinite',
      /-Infinity/,
    ],
    [{ type: 'Point' }, 'problem.geometry.invalid', /undefined/],
    [{ type: 'MultiPoint', coordinates: [] }, 'problem.geometry.empty', /empty/],
    [{ type: 'LineString', coordinates: [[0, 0]] }, 'problem.geometry.degenerate', /needs at least 2/],
    [
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1, 1],
        ],
      },
      'problem.geometry.invalid',
      /3 numbers where the others have 2/,
    ],
    [{ type: 'LineString', coordinates: 'abc' }, 'problem.geometry.invalid', /not a list of positions/],
    [
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [[0, 0]],
        ],
      },
      'problem.geometry.degenerate',
      /part 2/,
    ],
    [{ type: 'Polygon', coordinates: [] }, 'problem.geometry.empty', /no rings/],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      'problem.geometry.degenerate',
      /at least 4/,
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      'problem.geometry.degenerate',
      /not closed/,
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          ring,
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      'problem.geometry.degenerate',
      /ring 2/,
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [ring],
          [
            [
              [0, 0],
              [Number.NaN, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
      },
      'problem.geometry.nonFinite',
      /part 2 of the MultiPolygon/,
    ],
    [{ type: 'GeometryCollection', geometries: [] }, 'problem.geometry.empty', /empty/],
    [
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, null] },
      'problem.geometry.missing',
      /no geometry/,
    ],
    [
      { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[1, 2]] }] },
      'problem.geometry.degenerate',
      /part 1 of the GeometryCollection/,
    ],
    [{ type: 'Circle', coordinates: [0, 0] }, 'problem.geometry.invalid', /"?Circle"? is not a GeoJSON type/],
    ['Point', 'problem.geometry.missing', /no geometry/],
  ];
  for (const [g, key, message] of invalid) {
    it(`refuses ${JSON.stringify(g)} (${key})`, () => {
      const fault = geometryFault(g);
      expect(fault?.messageKey).toBe(key);
      expect(fault?.message).toMatch(message);
    });
  }
});

describe('checkFeature', () => {
  it('keeps a valid feature as it is, with its properties copied', () => {
    const problems: FeatureProblem[] = [];
    const input = {
      type: 'Feature' as const,
      id: 7,
      geometry: { type: 'Point' as const, coordinates: [106.6, 11] },
      properties: { id: 'p1', area: 12.5, ok: true, none: null },
    };
    const out = checkFeature(input, 1, problems);
    expect(problems).toEqual([]);
    expect(out.geometry).toBe(input.geometry);
    expect(out.id).toBe(7);
    expect({ ...out.properties }).toEqual({ id: 'p1', area: 12.5, ok: true, none: null });
  });

  it('leaves a geometry’s bbox behind (and its collection members’), the coordinates as they are', () => {
    const problems: FeatureProblem[] = [];
    const polygon = {
      type: 'Polygon' as const,
      bbox: [604089.94, 1193189.26, 604111.5, 1193208.11],
      coordinates: [
        [
          [106.7, 10.78],
          [106.71, 10.78],
          [106.71, 10.79],
          [106.7, 10.78],
        ],
      ],
    };
    const out = checkFeature({ type: 'Feature', geometry: polygon, properties: {} }, 1, problems);
    expect(out.geometry).toEqual({ type: 'Polygon', coordinates: polygon.coordinates });
    const collection = checkFeature(
      {
        type: 'Feature',
        geometry: {
          type: 'GeometryCollection',
          geometries: [polygon, { type: 'Point', coordinates: [106.7, 11] }],
        },
        properties: {},
      },
      2,
      problems,
    );
    expect(JSON.stringify(collection.geometry)).not.toContain('bbox');
    expect(problems).toEqual([]);
  });

  it('keeps a feature with an unusable geometry, with geometry null and a problem naming it', () => {
    const problems: FeatureProblem[] = [];
    const out = checkFeature(
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [Number.NaN, 1] },
        properties: { id: 'x', name_vi: 'Khu A' },
      },
      4,
      problems,
    );
    expect(out.geometry).toBeNull();
    expect(out.properties.name_vi).toBe('Khu A');
    expect(problems).toEqual([
      expect.objectContaining({
        ordinal: 4,
        id: 'x',
        name: 'Khu A',
        messageKey: 'problem.geometry.nonFinite',
      }),
    ]);
    expect(isLocationProblem(problems[0]!)).toBe(true);
    expect(describeFeature(problems[0]!)).toBe('Feature 4 (id x, "Khu A")');
  });

  it("reports a missing geometry unless nullGeometry is 'keep'", () => {
    const problems: FeatureProblem[] = [];
    checkFeature({ type: 'Feature', geometry: null, properties: null }, 2, problems);
    expect(problems.map((p) => [p.ordinal, p.messageKey])).toEqual([[2, 'problem.geometry.missing']]);
    const kept: FeatureProblem[] = [];
    checkFeature({ type: 'Feature', geometry: null, properties: {} }, 2, kept, { nullGeometry: 'keep' });
    expect(kept).toEqual([]);
  });

  it('normalises keys and strings to NFC, deeply, and turns binary values into arrays of numbers', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const bytes = Uint8Array.from([1, 2]);
    const out = checkFeature(
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: {
          [nfd('tên')]: nfd('Dĩ An'),
          list: [nfd('Bến Cát')],
          nested: { a: nfd('Phú Giáo') },
          bytes,
        },
      },
      1,
      [],
    );
    expect(Object.keys(out.properties)).toEqual(['t\u00EAn', 'list', 'nested', 'bytes']);
    expect(out.properties['t\u00EAn']).toBe('D\u0129 An');
    expect(out.properties.list).toEqual(['B\u1EBFn C\u00E1t']);
    expect((out.properties.nested as { a: string }).a).toBe('Ph\u00FA Gi\u00E1o');
    // As the large-layer decoder gives them: a typed array would be detached by MapLibre's worker
    // messages and written as {} by JSON.
    expect(out.properties.bytes).toEqual([1, 2]);
    expect(Array.isArray(out.properties.bytes)).toBe(true);
    expect(bytes).toEqual(Uint8Array.from([1, 2])); // the input is not consumed
  });

  it('copies bytes nested anywhere, as arrays JSON and structured clone keep', () => {
    const out = checkFeature(
      {
        type: 'Feature',
        geometry: null,
        properties: {
          nested: { deep: [Uint8Array.from([300 % 256, 7])] },
          sub: Uint8Array.from([9, 8, 7]).subarray(1),
        },
      },
      1,
      [],
      { nullGeometry: 'keep' },
    );
    expect(JSON.parse(JSON.stringify(out.properties))).toEqual({ nested: { deep: [[44, 7]] }, sub: [8, 7] });
    expect(structuredClone(out.properties)).toEqual({ nested: { deep: [[44, 7]] }, sub: [8, 7] });
  });

  it('two keys that differ only in normalisation keep both values', () => {
    const out = checkFeature(
      { type: 'Feature', geometry: null, properties: { 't\u00EAn': 'a', ['tên'.normalize('NFD')]: 'b' } },
      1,
      [],
      { nullGeometry: 'keep' },
    );
    expect(Object.values(out.properties).sort()).toEqual(['a', 'b']);
  });

  it('a __proto__ or constructor key from parsed JSON stays a plain key and pollutes nothing', () => {
    const properties = JSON.parse(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"bad": 1}}, "n": {"__proto__": 2}}',
    );
    const out = checkFeature({ type: 'Feature', geometry: null, properties }, 1, [], {
      nullGeometry: 'keep',
    });
    expect(Object.keys(out.properties)).toEqual(['__proto__', 'constructor', 'n']);
    expect(Object.getOwnPropertyDescriptor(out.properties, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.getOwnPropertyDescriptor(out.properties.n, '__proto__')?.value).toBe(2);
    expect((out.properties as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown; bad?: unknown }).polluted).toBeUndefined();
    expect(({} as { bad?: unknown }).bad).toBeUndefined();
  });

  it('adds the value problems the reader found, naming the feature', () => {
    const problems: FeatureProblem[] = [];
    checkFeature(
      { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 3 } },
      9,
      problems,
      { valueProblems: [{ message: 'column "x" ...', messageKey: 'problem.value.text' }] },
    );
    expect(problems).toEqual([
      { ordinal: 9, id: 3, message: 'column "x" ...', messageKey: 'problem.value.text' },
    ]);
    expect(isLocationProblem(problems[0]!)).toBe(false);
  });
});

describe('settleProblems', () => {
  const problem: FeatureProblem = { ordinal: 3, id: 'vsip_1', message: 'it has no geometry.' };

  it('hands every problem to the listener', () => {
    const seen: FeatureProblem[] = [];
    settleProblems([problem, { ...problem, ordinal: 4 }], (p) => seen.push(p));
    expect(seen.map((p) => p.ordinal)).toEqual([3, 4]);
  });

  it('throws the first one when nobody listens', () => {
    expect(() => settleProblems([problem], undefined)).toThrow(FeatureProblemError);
    expect(() => settleProblems([problem], undefined)).toThrow('Feature 3 (id vsip_1): it has no geometry.');
    expect(() => settleProblems([], undefined)).not.toThrow();
  });
});
