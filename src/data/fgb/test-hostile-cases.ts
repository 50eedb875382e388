// Hostile geometries shared by the adapter's tests (hostile.test.ts for readFeatures, binary.test.ts
// for readChunks): each case is wrong in one way, with the message or problem key it must give.
import { fgbFile, props, type RawGeometry, type TypeName } from './test-bytes';

export const ID_NAME: { name: string; type: 'String' }[] = [
  { name: 'id', type: 'String' },
  { name: 'name', type: 'String' },
];
export const named = (id: string, name: string) => props([0, 'String', id], [1, 'String', name]);

/** A file of one good point then `geometry` (feature 2, id "bad", name "Bad one"). */
export function withBad(type: TypeName, geometry: RawGeometry | null): Uint8Array {
  return fgbFile(type === 'Point' ? 'Point' : 'Unknown', ID_NAME, [
    { geometry: { type: 'Point', xy: [106.6, 11] }, properties: named('good', 'Good one') },
    { geometry: geometry && { type, ...geometry }, properties: named('bad', 'Bad one') },
  ]);
}

export const square = [0, 0, 1, 0, 1, 1, 0, 1, 0, 0];

export const DAMAGE_CASES: [string, TypeName, RawGeometry, RegExp][] = [
  ['a Point with one number', 'Point', { xy: [106.6] }, /xy array has 1 number, not x, y pairs/],
  ['a LineString with an odd xy count', 'LineString', { xy: [0, 0, 1, 1, 2] }, /xy array has 5 numbers/],
  ['a Point with two positions', 'Point', { xy: [0, 0, 1, 1] }, /its Point has 2 positions/],
  [
    'a Polygon ring end past the positions',
    'Polygon',
    { xy: square, ends: [10] },
    /end 10 past its 5 positions/,
  ],
  [
    'MultiLineString ends out of order',
    'MultiLineString',
    { xy: [0, 0, 1, 1, 2, 2, 3, 3], ends: [3, 2, 4] },
    /ends are not increasing \(3, 2, 4\)/,
  ],
  [
    'MultiLineString ends stopping short of the positions',
    'MultiLineString',
    { xy: [0, 0, 1, 1, 2, 2, 3, 3], ends: [2] },
    /ends stop at 2 of its 4 positions/,
  ],
  ['a zero ring end', 'Polygon', { xy: square, ends: [0, 5] }, /not increasing \(0, 5\)/],
  [
    'a z array shorter than the positions',
    'LineString',
    { xy: [0, 0, 1, 1], z: [5] },
    /z array has 1 value for 2 positions/,
  ],
  [
    'a z array longer than the positions',
    'Point',
    { xy: [0, 0], z: [1, 2, 3] },
    /z array has 3 values for 1 positions/,
  ],
  [
    'an m array of the wrong length',
    'LineString',
    { xy: [0, 0, 1, 1, 2, 2], m: [1, 2] },
    /m array has 2 values for 3 positions/,
  ],
  [
    'a MultiPolygon part with bad ends',
    'MultiPolygon',
    { parts: [{ xy: square }, { xy: square, ends: [3, 9] }] },
    /end 9 past its 5 positions/,
  ],
  [
    'a GeometryCollection with a damaged part',
    'GeometryCollection',
    {
      parts: [
        { type: 'Point', xy: [1, 1] },
        { type: 'LineString', xy: [0, 0, 1] },
      ],
    },
    /xy array has 3 numbers/,
  ],
];

export const UNUSABLE_CASES: [string, TypeName, RawGeometry | null, string, RegExp][] = [
  ['a NaN point', 'Point', { xy: [Number.NaN, Number.NaN] }, 'problem.geometry.nonFinite', /\[NaN, NaN\]/],
  [
    'an infinite coordinate in a line',
    'LineString',
    { xy: [0, 0, Number.POSITIVE_INFINITY, 1] },
    'problem.geometry.nonFinite',
    /position 2 .*Infinity/,
  ],
  ['a NaN z', 'Point', { xy: [1, 2], z: [Number.NaN] }, 'problem.geometry.nonFinite', /\[1, 2, NaN\]/],
  [
    'a polygon ring of 2 positions',
    'Polygon',
    { xy: [0, 0, 1, 1] },
    'problem.geometry.degenerate',
    /2 positions; a closed ring needs at least 4/,
  ],
  [
    'an open polygon ring',
    'Polygon',
    { xy: [0, 0, 1, 0, 1, 1, 0, 1] },
    'problem.geometry.degenerate',
    /not closed/,
  ],
  [
    'a line of one position',
    'LineString',
    { xy: [0, 0] },
    'problem.geometry.degenerate',
    /1 position; a line needs at least 2/,
  ],
  ['an empty point', 'Point', {}, 'problem.geometry.empty', /empty/],
  ['an empty MultiPolygon', 'MultiPolygon', {}, 'problem.geometry.empty', /empty/],
  [
    'a MultiPolygon with a NaN in its second part',
    'MultiPolygon',
    { parts: [{ xy: square }, { xy: [0, 0, 1, 0, Number.NaN, 1, 0, 0] }] },
    'problem.geometry.nonFinite',
    /part 2 of the MultiPolygon/,
  ],
  [
    'a GeometryCollection with a NaN part',
    'GeometryCollection',
    {
      parts: [
        { type: 'Point', xy: [1, 1] },
        { type: 'Point', xy: [Number.NaN, 1] },
      ],
    },
    'problem.geometry.nonFinite',
    /part 2 of the GeometryCollection/,
  ],
  ['no geometry at all', 'Point', null, 'problem.geometry.missing', /no geometry/],
  ['an empty LineString', 'LineString', { xy: [] }, 'problem.geometry.empty', /empty/],
  ['an empty MultiLineString', 'MultiLineString', {}, 'problem.geometry.empty', /empty/],
  ['an empty Polygon', 'Polygon', {}, 'problem.geometry.empty', /no rings/],
  ['an empty GeometryCollection', 'GeometryCollection', {}, 'problem.geometry.empty', /empty/],
  [
    'a GeometryCollection with an empty part',
    'GeometryCollection',
    { parts: [{ type: 'Point', xy: [1, 1] }, { type: 'Polygon' }] },
    'problem.geometry.empty',
    /part 2 of the GeometryCollection/,
  ],
  [
    'a MultiPolygon with an empty part',
    'MultiPolygon',
    { parts: [{ xy: square }, {}] },
    'problem.geometry.empty',
    /part 2 of the MultiPolygon/,
  ],
];

/**
 * One-point files whose property bytes are damaged, with the message each reader (GeoJSON and
 * binary chunks) must give: bytes that run past the feature, an unknown column, a column twice.
 */
export function damagedPropertyFiles(): [Uint8Array, RegExp][] {
  const columns = [{ name: 'id', type: 'String' as const }];
  const point = { type: 'Point' as const, xy: [0, 0] };
  const runsPast = props([0, 'String', 'abc']);
  runsPast.set([100], 2); // the string claims 100 bytes; 3 follow
  const cases: [Uint8Array, RegExp][] = [
    [runsPast, /^Feature 1: a property value runs past its feature/],
    [props([3, 'String', 'x']), /^Feature 1: a property refers to column 3, which the header lacks/],
    [props([0, 'String', 'a'], [0, 'String', 'b']), /^Feature 1: column "id" has two values in one feature/],
  ];
  return cases.map(([properties, message]) => [
    fgbFile('Point', columns, [{ geometry: point, properties }]),
    message,
  ]);
}
