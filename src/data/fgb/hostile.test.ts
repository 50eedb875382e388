// The reader against FlatGeobuf bytes built to be wrong in one way each (see test-bytes.ts): damage
// to the structure fails the read naming the feature; an unusable geometry keeps the feature with
// geometry null and a problem; a value that cannot be kept exactly is kept in a stated form and
// reported. Expected values are written out by hand from the bytes each test builds.
import { describe, expect, it } from 'vitest';
import type { FeatureProblem } from '../boundary';
import { FlatGeobufError, type LayerHeader, readFeatureCollection } from './index';
import { fgbFile, props, type RawGeometry, type TypeName } from './test-bytes';
import { DAMAGE_CASES, damagedPropertyFiles, square, UNUSABLE_CASES, withBad } from './test-hostile-cases';

async function readKeeping(bytes: Uint8Array) {
  const problems: FeatureProblem[] = [];
  const { collection } = await readFeatureCollection(bytes, { onProblem: (p) => problems.push(p) });
  return { features: collection.features, problems };
}

async function failure(bytes: Uint8Array): Promise<FlatGeobufError> {
  // Structural damage fails even for a caller that listens for problems.
  const err = await readKeeping(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FlatGeobufError);
  return err as FlatGeobufError;
}

describe('structural damage fails the read, naming the feature', () => {
  for (const [what, type, geometry, message] of DAMAGE_CASES) {
    it(what, async () => {
      const err = await failure(withBad(type, geometry));
      expect(err.message).toMatch(/^Feature 2 \(id bad, "Bad one"\): /);
      expect(err.message).toMatch(message);
    });
  }

  it('property bytes that run past the feature, an unknown column, a column given twice', async () => {
    for (const [bytes, message] of damagedPropertyFiles()) {
      expect((await failure(bytes)).message).toMatch(message);
    }
  });

  it('a header column name that is not valid UTF-8', async () => {
    const bytes = fgbFile('Point', [{ name: 'zzzz', type: 'String' }], []);
    const at = Buffer.from(bytes).indexOf('zzzz');
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 0xff;
    expect((await failure(bytes)).message).toMatch(
      /Column 1 of the header has a name that is not valid UTF-8/,
    );
  });

  it('a header that names a column twice', async () => {
    const bytes = fgbFile(
      'Point',
      [
        { name: 'x', type: 'String' },
        { name: 'x', type: 'Double' },
      ],
      [],
    );
    expect((await failure(bytes)).message).toMatch(/Column "x" appears twice in the header/);
  });
});

describe('an unusable geometry keeps the feature with geometry null and a problem', () => {
  for (const [what, type, geometry, key, message] of UNUSABLE_CASES) {
    it(what, async () => {
      const bytes = withBad(type, geometry);
      const { features, problems } = await readKeeping(bytes);
      expect(features.map((f) => f.properties?.id)).toEqual(['good', 'bad']);
      expect(features[0]!.geometry).toEqual({ type: 'Point', coordinates: [106.6, 11] });
      expect(features[1]!.geometry).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ ordinal: 2, id: 'bad', name: 'Bad one', messageKey: key });
      expect(problems[0]!.message).toMatch(message);
      // Nobody listening: the problem fails the read instead of passing silently.
      await expect(readFeatureCollection(bytes)).rejects.toThrow(/^Feature 2 \(id bad, "Bad one"\): /);
    });
  }

  it("nullGeometry 'keep' takes a missing geometry as expected, but not a NaN one", async () => {
    const missing = withBad('Point', null);
    const { collection } = await readFeatureCollection(missing, { nullGeometry: 'keep' });
    expect(collection.features[1]!.geometry).toBeNull();
    await expect(
      readFeatureCollection(withBad('Point', { xy: [Number.NaN, 0] }), { nullGeometry: 'keep' }),
    ).rejects.toThrow(/not finite/);
  });
});

describe('every geometry type the format allows comes through exactly', () => {
  const cases: [TypeName, RawGeometry, unknown][] = [
    ['Point', { xy: [1, 2], z: [3] }, { type: 'Point', coordinates: [1, 2, 3] }],
    [
      'MultiPoint',
      { xy: [1, 2, 3, 4] },
      {
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'LineString',
      { xy: [1, 2, 3, 4], m: [7, 8] },
      {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    ],
    [
      'MultiLineString',
      { xy: [0, 0, 1, 1, 2, 2, 3, 3], ends: [2, 4] },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
          ],
        ],
      },
    ],
    [
      'Polygon',
      { xy: [...square, 0.2, 0.2, 0.4, 0.2, 0.4, 0.4, 0.2, 0.2], ends: [5, 9] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
          [
            [0.2, 0.2],
            [0.4, 0.2],
            [0.4, 0.4],
            [0.2, 0.2],
          ],
        ],
      },
    ],
    [
      'MultiPolygon',
      { parts: [{ xy: square }, { xy: square.map((v) => v + 5) }] },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [6, 6],
              [5, 6],
              [5, 5],
            ],
          ],
        ],
      },
    ],
    [
      'Triangle',
      { xy: [0, 0, 1, 0, 0, 1, 0, 0] },
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    ],
    [
      'TIN',
      { parts: [{ xy: [0, 0, 1, 0, 0, 1, 0, 0] }, { xy: [1, 0, 1, 1, 0, 1, 1, 0] }] },
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
          [
            [
              [1, 0],
              [1, 1],
              [0, 1],
              [1, 0],
            ],
          ],
        ],
      },
    ],
    [
      'GeometryCollection',
      {
        parts: [
          { type: 'Point', xy: [1, 2] },
          { type: 'LineString', xy: [0, 0, 1, 1] },
        ],
      },
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ],
      },
    ],
  ];
  for (const [type, geometry, expected] of cases) {
    it(`${type}, as the header's type and as a feature's own type`, async () => {
      for (const headerType of [type, 'Unknown'] as const) {
        const bytes = fgbFile(headerType, [], [{ geometry: { type, ...geometry } }]);
        const { features, problems } = await readKeeping(bytes);
        expect(problems).toEqual([]);
        expect(features[0]!.geometry).toEqual(expected);
      }
    });
  }

  it('PolyhedralSurface becomes a MultiPolygon of its faces', async () => {
    const face = [0, 0, 1, 0, 0, 1, 0, 0];
    const bytes = fgbFile('PolyhedralSurface', [], [{ geometry: { parts: [{ xy: face }] } }]);
    const { features } = await readKeeping(bytes);
    expect(features[0]!.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    });
  });

  const curves: TypeName[] = [
    'CircularString',
    'CompoundCurve',
    'CurvePolygon',
    'MultiCurve',
    'MultiSurface',
    'Curve',
    'Surface',
  ];
  for (const type of curves) {
    it(`${type} is refused by name, as the header's type and inside a GeometryCollection`, async () => {
      const bytes = fgbFile(type, [], [{ geometry: { xy: [0, 0, 1, 1, 2, 0] } }]);
      expect((await failure(bytes)).message).toMatch(
        new RegExp(`^Feature 1: geometry type ${type} .* cannot be shown`),
      );
      const inCollection = fgbFile(
        'GeometryCollection',
        [],
        [{ geometry: { parts: [{ type, xy: [0, 0, 1, 1, 2, 0] }] } }],
      );
      expect((await failure(inCollection)).message).toMatch(new RegExp(`geometry type ${type}`));
    });
  }
});

describe('attribute values are kept exactly, or kept in a stated form and reported', () => {
  const point = { type: 'Point' as const, xy: [0, 0] };

  it('text that is not valid UTF-8 is kept with U+FFFD and reported, naming the column', async () => {
    const bytes = fgbFile(
      'Point',
      [
        { name: 'id', type: 'String' },
        { name: 'label', type: 'String' },
      ],
      [
        {
          geometry: point,
          properties: props([0, 'String', 'k1'], [1, 'String', Uint8Array.from([0x66, 0xff, 0x6f])]),
        },
      ],
    );
    const { features, problems } = await readKeeping(bytes);
    expect(features[0]!.properties?.label).toBe('f\uFFFDo');
    expect(problems).toEqual([
      expect.objectContaining({ ordinal: 1, id: 'k1', messageKey: 'problem.value.text' }),
    ]);
    expect(problems[0]!.message).toMatch(/column "label" .*not valid UTF-8/);
    await expect(readFeatureCollection(bytes)).rejects.toThrow(/^Feature 1 \(id k1\): column "label"/);
  });

  it("a feature's own columns (the header has none) are read, in NFC", async () => {
    const bytes = fgbFile(
      'Point',
      [],
      [
        {
          geometry: point,
          columns: [
            { name: 'id', type: 'String' },
            { name: 'tên'.normalize('NFD'), type: 'Double' },
          ],
          properties: props([0, 'String', 'f1'], [1, 'Double', 2.5]),
        },
      ],
    );
    const { features, problems } = await readKeeping(bytes);
    expect({ ...features[0]!.properties }).toEqual({ id: 'f1', 't\u00EAn': 2.5 });
    expect(problems).toEqual([]);
  });

  it('a string that starts with a byte order mark keeps it', async () => {
    const bytes = fgbFile(
      'Point',
      [{ name: 'label', type: 'String' }],
      [{ geometry: point, properties: props([0, 'String', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])]) }],
    );
    const { features, problems } = await readKeeping(bytes);
    expect(features[0]!.properties?.label).toBe('\uFEFFA');
    expect(problems).toEqual([]);
  });

  it('integers beyond ±2^53 are kept as their exact decimal text and reported; 2^53 − 1 stays a number', async () => {
    const columns = [
      { name: 'big', type: 'Long' as const },
      { name: 'negative', type: 'Long' as const },
      { name: 'unsigned', type: 'ULong' as const },
      { name: 'safe', type: 'Long' as const },
    ];
    const bytes = fgbFile('Point', columns, [
      {
        geometry: point,
        properties: props(
          [0, 'Long', 2n ** 60n],
          [1, 'Long', -(2n ** 60n) - 1n],
          [2, 'ULong', 2n ** 64n - 1n],
          [3, 'Long', 2n ** 53n - 1n],
        ),
      },
    ]);
    const { features, problems } = await readKeeping(bytes);
    expect({ ...features[0]!.properties }).toEqual({
      big: '1152921504606846976',
      negative: '-1152921504606846977',
      unsigned: '18446744073709551615',
      safe: 9007199254740991,
    });
    expect(problems.map((p) => p.messageKey)).toEqual([
      'problem.value.integer',
      'problem.value.integer',
      'problem.value.integer',
    ]);
    expect(problems[0]!.message).toMatch(/column "big" .*1152921504606846976/);
  });

  it('columns named __proto__ and constructor are plain keys that keep their values', async () => {
    const columns = [
      { name: '__proto__', type: 'Json' as const },
      { name: 'constructor', type: 'String' as const },
    ];
    const bytes = fgbFile('Point', columns, [
      { geometry: point, properties: props([0, 'Json', '{"polluted": true}'], [1, 'String', 'x']) },
    ]);
    const { features, problems } = await readKeeping(bytes);
    const p = features[0]!.properties!;
    expect(problems).toEqual([]);
    expect(Object.keys(p)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(p, '__proto__')?.value).toEqual({ polluted: true });
    expect(p.constructor).toBe('x');
    expect((p as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(p))).toEqual(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}'),
    );
  });

  it('decomposed (NFD) column names and values come out in NFC, in the features and the header', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const bytes = fgbFile(
      'Point',
      [{ name: nfd('tên'), type: 'String' }],
      [{ geometry: point, properties: props([0, 'String', nfd('Thủ Dầu Một')]) }],
    );
    expect(nfd('Thủ Dầu Một')).not.toBe('Thủ Dầu Một');
    let header: LayerHeader | null = null;
    const { collection } = await readFeatureCollection(bytes, { onHeader: (h) => (header = h) });
    const key = 't\u00EAn'; // "tên" in NFC, spelled by code point
    expect(Object.keys(collection.features[0]!.properties!)).toEqual([key]);
    expect(collection.features[0]!.properties?.[key]).toBe('Th\u1EE7 D\u1EA7u M\u1ED9t');
    expect(header!.columns[0]!.name).toBe(key);
  });
});
