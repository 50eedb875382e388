// A table-driven reader and writer of `key=value` URL hashes, tolerant of the variants people paste
// from mail and chat, and never silent about what it changed or ignored. The keys of the app are in
// url.ts; this file knows nothing about them, so later keys are a table entry, not a parser change.

/** One hash key: how its raw value is read into the state and written back. */
export interface HashKey<S> {
  /**
   * The key as written ('z'), or a family's prefix ending in '.' ('op.'), which matches every key
   * that starts with it (`op.parks`); the rest of the key ('parks') is passed to `read`.
   */
  key: string;
  /** Reads one decoded value into `state`; returns false when the value is invalid (left out). */
  read: (state: S, value: string, rest: string) => boolean;
  /** The `[key, value]` pairs written for `state`, in order; none when the state has no value. */
  write: (state: S) => [string, string][];
}

/** A value the reader changed before using it, for the notice. */
export type HashCorrection =
  | { key: string; reason: 'punctuation'; removed: string }
  | { key: string; reason: 'repeated'; count: number };

export interface HashReading<S> {
  state: S;
  /** Keys whose value was invalid (their default applies) and unknown keys, in table then hash order. */
  ignored: string[];
  /** Keys read after a correction: trailing chat punctuation dropped, or given more than once. */
  corrected: HashCorrection[];
}

/**
 * Punctuation that chat and mail put right after a link ("see …#lon=106.7)."), literal or as the
 * browser percent-encodes it in the address bar (`"` → `%22`, `”` → `%E2%80%9D`). No value of ours
 * ends with one of these, so dropping them only drops what was never part of the link.
 */
const TRAILING = /(?:[\s.,;:!?)\]}>'"`’”»…]|%(?:2[01279CE]|3[ABEF]|5D|60|7D|C2%BB|E2%80%(?:99|9D|A6)))+$/iu;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray `%`: kept as it is, so the value is judged (and reported) as written
  }
}

/**
 * Reads `hash` with `table`. Variants handled on purpose:
 * - any number of leading `#` (`##lang=en`), and `#` between pairs (`#lang=en#z=10`);
 * - a hash whose `=` and `&` were percent-encoded (`#lang%3Den%26z%3D10`: no literal `=`, a `%3D`);
 * - `&amp;` (HTML mail) as `&`;
 * - percent-encoded values (`layers=parks%2Cplaces`), written to the state in NFC;
 * - a repeated key: the last value wins (reported when the values differ);
 * - punctuation after the link (`lon=106.7).`): dropped and reported.
 * A part without `=` that is not a key of the table is taken as a page anchor (`#main`) and left
 * alone; an unknown `key=value` is reported as ignored. Never throws.
 */
export function readHashWith<S extends object>(
  hash: string,
  table: readonly HashKey<S>[],
  initial: () => S,
): HashReading<S> {
  const state = initial();
  const ignored: string[] = [];
  const corrected: HashCorrection[] = [];
  let s = hash.replace(/^#+/, '');
  if (!s.includes('=') && /%3d/i.test(s)) s = decode(s);
  // Punctuation is dropped only after a value: `layers=,,,` is a (bad) value, not a sentence's end.
  const found = TRAILING.exec(s)?.[0] ?? '';
  const rest = s.slice(0, s.length - found.length);
  const trailing = rest === '' || /[=&#]$/.test(rest) ? '' : found;
  s = s.slice(0, s.length - trailing.length).replace(/&(amp;)+/gi, '&');
  const removed = decode(trailing).trim();

  // key → every value it was given (null: the key without `=`), in hash order.
  const given = new Map<string, (string | null)[]>();
  for (const part of s.split(/[&#]/)) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq)).normalize('NFC');
    const value = eq < 0 ? null : decode(part.slice(eq + 1)).normalize('NFC');
    given.set(key, [...(given.get(key) ?? []), value]);
  }
  const lastKey = [...given.keys()].at(-1);

  const entryOf = (key: string) =>
    table.find((e) =>
      e.key.endsWith('.') ? key.startsWith(e.key) && key.length > e.key.length : key === e.key,
    );
  const byEntry = new Map<HashKey<S>, string[]>();
  const unknown: string[] = [];
  for (const [key, values] of given) {
    const entry = entryOf(key);
    if (entry) byEntry.set(entry, [...(byEntry.get(entry) ?? []), key]);
    else if (values.some((v) => v !== null)) unknown.push(key);
  }
  for (const entry of table) {
    for (const key of byEntry.get(entry) ?? []) {
      const values = given.get(key) ?? [];
      const value = values.at(-1);
      if (typeof value !== 'string' || !safeRead(entry, state, value, key.slice(entry.key.length))) {
        ignored.push(key);
        continue;
      }
      if (new Set(values).size > 1) corrected.push({ key, reason: 'repeated', count: values.length });
      if (removed !== '' && key === lastKey) corrected.push({ key, reason: 'punctuation', removed });
    }
  }
  return { state, ignored: [...ignored, ...unknown], corrected };
}

/** A table entry that throws on a value counts as refusing it: a bad link never stops the app. */
function safeRead<S>(entry: HashKey<S>, state: S, value: string, rest: string): boolean {
  try {
    return entry.read(state, value, rest);
  } catch {
    return false;
  }
}

/**
 * A value in the hash: percent-encoded except the commas of lists and the colons of `key:value`
 * items (`weights=road:4`), which stay readable; both are allowed as they are in a fragment.
 */
// `,`, `:` and `/` need no escaping in a fragment (RFC 3986) and keep links readable.
const encodeValue = (v: string) =>
  encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');

/** `#key=value&…` for `state`, in table order; '' when nothing is written. */
export function writeHashWith<S>(state: S, table: readonly HashKey<S>[]): string {
  const parts = table.flatMap((e) =>
    e.write(state).map(([k, v]) => `${encodeURIComponent(k).replace(/%2E/g, '.')}=${encodeValue(v)}`),
  );
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * A plain decimal number: an optional `-`, digits, optionally `.` and digits (`-12.5`). Anything
 * else (`0x10`, `1e1`, `Infinity`, ` 12`, `+1`, `.5`, `12.`) is not a number here, so a link
 * cannot smuggle in a value its reader would not recognise as written.
 */
export function parsePlainDecimal(raw: string): number | undefined {
  if (!/^-?\d{1,15}(\.\d{1,15})?$/.test(raw)) return undefined;
  return Number(raw);
}
