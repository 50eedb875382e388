// The distinct texts of a chunk's text column as UTF-8 bytes plus offsets (types.ts `Column`).
//
// Why bytes: a column where almost every feature has its own value (a parcel id `parcel_12345`) held
// as `string[]` costs about 40 bytes a value in V8 (a string header and its characters rounded up,
// plus the array's slot), all of it small objects the garbage collector walks. As UTF-8 it costs its
// characters (1 byte each for ASCII, 2–3 for Vietnamese letters) plus a 4-byte offset, in two typed
// arrays a postMessage can transfer and IndexedDB clones without walking 5,000 strings.
//
// Why one representation for every column (not `string[]` for small dictionaries): every consumer
// and the persisted format then have one shape and one code path; a small dictionary (a land-use
// column of 8 values) is decoded in microseconds, and the loops that read a value per feature
// (colours, filters, sorting) decode the dictionary once per call with `texts`, then index it.
//
// Plain objects of typed arrays only (no class): chunks move by structured clone and transfer lists.
//
// Round trip: `textAt(dictionaryOf(values), k) === values[k]` for every well-formed string
// (Vietnamese in NFC or NFD, emoji, any code point). A lone surrogate (only a JSON `\uD800` escape
// can make one: text decoded from bytes never holds one, and the data boundary's NFC normalisation
// keeps it) has no UTF-8 form: it is stored as U+FFFD, as TextEncoder and any UTF-8 export
// (a Blob of the text) write it. Two values differing only there read back equal.

/** Value k (0-based) is `bytes[offsets[k] .. offsets[k + 1])` as UTF-8; offsets.length = size + 1. */
export interface TextDictionary {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A dictionary of `values` in their order (duplicates are kept as separate entries). Each array is
 * its own buffer of exactly its length (what a transfer list moves and what memory holds). Throws a
 * RangeError past 4 GiB of text (Uint32 offsets), far beyond a chunk's.
 */
export function dictionaryOf(values: readonly string[]): TextDictionary {
  // A UTF-16 unit takes at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
  let capacity = 0;
  for (const v of values) capacity += v.length * 3;
  if (capacity > 0xffffffff) throw new RangeError('text dictionary over 4 GiB');
  const scratch = new Uint8Array(capacity);
  const offsets = new Uint32Array(values.length + 1);
  let at = 0;
  values.forEach((v, k) => {
    offsets[k] = at;
    at += encoder.encodeInto(v, scratch.subarray(at)).written;
  });
  offsets[values.length] = at;
  return { bytes: scratch.slice(0, at), offsets };
}

/** Number of values (0 for an empty dictionary, whose offsets are [0]). */
export function dictionarySize(dict: TextDictionary): number {
  return Math.max(0, dict.offsets.length - 1);
}

/** Value k (0-based). Throws a RangeError for k outside 0 … size − 1. */
export function textAt(dict: TextDictionary, k: number): string {
  if (!Number.isInteger(k) || k < 0 || k >= dictionarySize(dict)) {
    throw new RangeError(`text ${k} is not in a dictionary of ${dictionarySize(dict)}`);
  }
  return decoder.decode(dict.bytes.subarray(dict.offsets[k]!, dict.offsets[k + 1]!));
}

/**
 * Every value, decoded (index k = value k): for a caller that reads values per feature, once per
 * call (not per feature). New strings each time: do not keep the result with the chunk.
 */
export function texts(dict: TextDictionary): string[] {
  const n = dictionarySize(dict);
  const out = new Array<string>(n);
  for (let k = 0; k < n; k++) out[k] = textAt(dict, k);
  return out;
}

/** The index of the first value equal to `text` (compared as UTF-8 bytes, so as code points), or −1. */
export function indexOfText(dict: TextDictionary, text: string): number {
  const needle = encoder.encode(text);
  const { bytes, offsets } = dict;
  const n = dictionarySize(dict);
  for (let k = 0; k < n; k++) {
    const start = offsets[k]!;
    if (offsets[k + 1]! - start !== needle.length) continue;
    let j = 0;
    while (j < needle.length && bytes[start + j] === needle[j]) j++;
    if (j === needle.length) return k;
  }
  return -1;
}

/**
 * A dictionary as chunks stored by earlier versions held it (`string[]`), or as now: the current
 * form either way (persist.ts converts chunks on load).
 */
export function asTextDictionary(stored: TextDictionary | readonly string[]): TextDictionary {
  return Array.isArray(stored) ? dictionaryOf(stored) : (stored as TextDictionary);
}
