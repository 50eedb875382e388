import { describe, expect, it } from 'vitest';
import {
  asTextDictionary,
  dictionaryOf,
  dictionarySize,
  indexOfText,
  textAt,
  texts,
} from './text-dictionary';

const VALUES = [
  'parcel_12345',
  '',
  'Thành phố Thủ Dầu Một',
  'Thủ Dầu Một'.normalize('NFD'),
  '🏭 KCN VSIP 🇻🇳',
  '𝔸', // outside the BMP: a surrogate pair
  'a\u0000b', // a NUL inside
  'parcel_12345', // a duplicate stays its own entry
];

describe('text dictionaries (UTF-8 bytes plus offsets)', () => {
  it('round-trips every string exactly, Vietnamese (NFC and NFD), emoji and empty included', () => {
    const d = dictionaryOf(VALUES);
    expect(dictionarySize(d)).toBe(VALUES.length);
    expect(texts(d)).toEqual(VALUES);
    VALUES.forEach((v, k) => {
      expect(textAt(d, k)).toBe(v);
    });
    // NFD stays NFD: nothing is normalised here.
    expect(textAt(d, 3)).not.toBe('Thủ Dầu Một'.normalize('NFC'));
    expect(textAt(d, 3).normalize('NFC')).toBe('Thủ Dầu Một'.normalize('NFC'));
  });

  it('stores UTF-8 bytes with offsets, each array its own exact buffer', () => {
    const d = dictionaryOf(['ab', '', 'ệ', '😀']);
    expect([...d.offsets]).toEqual([0, 2, 2, 5, 9]);
    expect([...d.bytes]).toEqual([0x61, 0x62, 0xe1, 0xbb, 0x87, 0xf0, 0x9f, 0x98, 0x80]);
    expect(d.bytes.buffer.byteLength).toBe(9);
    expect(d.offsets.buffer.byteLength).toBe(5 * 4);
    expect(d.bytes).toBeInstanceOf(Uint8Array);
    expect(d.offsets).toBeInstanceOf(Uint32Array);
  });

  it('is a plain object of typed arrays that survives structured clone', () => {
    const d = dictionaryOf(VALUES);
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    const back = structuredClone(d, { transfer: [d.bytes.buffer, d.offsets.buffer] });
    expect(texts(back)).toEqual(VALUES);
  });

  it('an empty dictionary has size 0 and offsets [0]', () => {
    const d = dictionaryOf([]);
    expect(dictionarySize(d)).toBe(0);
    expect([...d.offsets]).toEqual([0]);
    expect(texts(d)).toEqual([]);
    expect(indexOfText(d, '')).toBe(-1);
  });

  it('textAt throws a RangeError outside the dictionary', () => {
    const d = dictionaryOf(['a', 'b']);
    expect(() => textAt(d, 2)).toThrow(RangeError);
    expect(() => textAt(d, -1)).toThrow(RangeError);
    expect(() => textAt(d, 0.5)).toThrow(RangeError);
  });

  it('indexOfText finds the first equal value by its bytes, −1 when absent', () => {
    const d = dictionaryOf(VALUES);
    expect(indexOfText(d, 'parcel_12345')).toBe(0);
    expect(indexOfText(d, '')).toBe(1);
    expect(indexOfText(d, 'Thành phố Thủ Dầu Một')).toBe(2);
    expect(indexOfText(d, 'Thủ Dầu Một'.normalize('NFD'))).toBe(3);
    expect(indexOfText(d, '🏭 KCN VSIP 🇻🇳')).toBe(4);
    expect(indexOfText(d, 'parcel_1234')).toBe(-1);
    expect(indexOfText(d, 'parcel_12346')).toBe(-1);
  });

  it('a lone surrogate has no UTF-8 form: it reads back as U+FFFD', () => {
    const d = dictionaryOf(['a\uD800b', '\uDC00']);
    expect(texts(d)).toEqual(['a\uFFFDb', '\uFFFD']);
  });

  it('asTextDictionary converts the string[] of earlier versions and keeps the new form', () => {
    const legacy = ['x', 'Bình Dương'];
    expect(texts(asTextDictionary(legacy))).toEqual(legacy);
    const d = dictionaryOf(legacy);
    expect(asTextDictionary(d)).toBe(d);
  });
});
