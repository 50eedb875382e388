// Generated link hashes for the browser fuzz test (issue 11 §1): seeded, so a failure can be
// replayed. Known keys with hostile values, random keys, odd separators and percent-encodings.

/** mulberry32: a small seeded generator (uniform in [0, 1)). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KNOWN_KEYS = [
  'lang',
  'layers',
  'z',
  'lat',
  'lon',
  'basemap',
  'op.parks',
  'op.districts',
  'op.__proto__',
  'table',
  'year',
  'year.left',
  'year.right',
  'choropleth',
  'classify',
  'classes',
  'f.parks.status',
  'f.parks.established_year',
  'f.parks.q',
  'f.corridors.kind',
  'f.__proto__.status',
  'f.parks.__proto__',
  'weights',
  'parks',
  'compare',
  'left',
  'right',
  'swipe',
  'sel',
  'analysis',
  'ann',
  'embed',
];

const GOOD_VALUES = [
  'en',
  'vi',
  'parks,districts',
  '',
  '12',
  '11.1',
  '106.65',
  'osm',
  'offline',
  '0.3',
  'parks',
  '2005',
  'planned',
  'density',
  'jenks',
  '5',
  'existing,unknown',
  '2000..2010',
  'VSIP',
  'expressway:5,occupancy:0',
  'vsip_1,song_than_2',
  'swipe',
  'split',
  '50',
  'parks:vsip_1',
  'parks:no_such_park',
  'measure',
  'where',
  'WyJwIiwwLCJ0IiwibiIsMTA2NjAwMDAsMTExMDAwMF0', // a malformed-but-base64 ann (not an array of arrays)
  'W1sicCIsMCwidCIsIm4iLDEwNjYwMDAwLDExMTAwMDBdXQ', // one valid point annotation
];

const HOSTILE_VALUES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0x10',
  '1e308',
  '-1e-308',
  '9'.repeat(400),
  '%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE%FD',
  '%ED%A0%80',
  '%00',
  '%2525',
  '%252C',
  '%26amp%3B',
  '%3D%26',
  '🗺️🏭',
  'Thủ Dầu Một',
  '\u202etxet',
  'e\u0301',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"\'`',
  '..',
  ',,,',
  '::',
  'parks:',
  ':__proto__',
  'constructor:prototype',
  '__proto__:1,constructor:2',
  '{"__proto__":{"x":1}}',
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function randomText(rnd: () => number, max: number): string {
  const alphabet = [...'abcxyz019._-:,=&#%+ ~!ầơư中🙂\u0000'];
  let s = '';
  const n = Math.floor(rnd() * max);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
  return s;
}

function value(rnd: () => number): string {
  const r = rnd();
  if (r < 0.3) return pick(rnd, GOOD_VALUES);
  if (r < 0.65) return pick(rnd, HOSTILE_VALUES);
  if (r < 0.7) return Array.from({ length: 10_000 }, (_, i) => `id_${i}`).join(',');
  if (r < 0.74)
    return pick(rnd, ['x', 'parks,', '%E1%BB%A7', 'A']).repeat(5_000 + Math.floor(rnd() * 20_000));
  if (r < 0.8) return `${pick(rnd, GOOD_VALUES)}${pick(rnd, HOSTILE_VALUES)}`;
  return encodeURIComponent(randomText(rnd, 40));
}

function key(rnd: () => number): string {
  const r = rnd();
  if (r < 0.7) return pick(rnd, KNOWN_KEYS);
  if (r < 0.8) return pick(rnd, ['__proto__', 'constructor', 'prototype', 'op.', 'f.', 'f..', 'year.', '']);
  return encodeURIComponent(randomText(rnd, 12));
}

/** `count` hashes from `seed`, each '#' and one to eight pairs (some repeated, some without '='). */
export function fuzzHashes(seed: number, count: number): string[] {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pairs: string[] = [];
    const n = 1 + Math.floor(rnd() * 8);
    for (let j = 0; j < n; j++) {
      const k = key(rnd);
      const r = rnd();
      pairs.push(r < 0.05 ? k : r < 0.1 ? `${k}=${value(rnd)}=${value(rnd)}` : `${k}=${value(rnd)}`);
      if (rnd() < 0.1) pairs.push(pairs[pairs.length - 1]!.replace(/=.*/, `=${value(rnd)}`)); // repeated key
    }
    const sep = pick(rnd, ['&', '&', '&', '#', '&amp;', '%26']);
    out.push(
      `${pick(rnd, ['#', '#', '##'])}${pairs.join(sep)}${rnd() < 0.1 ? pick(rnd, [').', '…', '%E2%80%9D']) : ''}`,
    );
  }
  return out;
}
