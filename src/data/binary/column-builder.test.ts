import { describe, expect, it } from 'vitest';
import { ByteSet, hashBytes } from './byte-set';
import { NumberColumnBuilder, TextColumnBuilder } from './column-builder';
import { codeColumn } from './columns';
import { texts } from './text-dictionary';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ByteSet', () => {
  it('finds what it holds, by bytes, across growth and rehashing', () => {
    const set = new ByteSet();
    const values = Array.from({ length: 5000 }, (_, i) => utf8(`parcel_${i}`));
    values.push(utf8(''), utf8('đất ở'), new Uint8Array(300).fill(7));
    values.forEach((v, i) => {
      const h = hashBytes(v, 0, v.length);
      expect(set.indexOf(v, 0, v.length, h)).toBe(-1);
      expect(set.add(v, 0, v.length, h)).toBe(i);
    });
    values.forEach((v, i) => {
      expect(set.indexOf(v, 0, v.length, hashBytes(v, 0, v.length))).toBe(i);
      expect(set.bytes.subarray(set.offsets[i]!, set.offsets[i + 1]!)).toEqual(v);
    });
    const inside = utf8('xxparcel_42yy');
    expect(set.indexOf(inside, 2, 11, hashBytes(inside, 2, 11))).toBe(42);
    set.clear();
    expect(set.indexOf(values[3]!, 0, values[3]!.length, hashBytes(values[3]!, 0, values[3]!.length))).toBe(
      -1,
    );
  });
});

describe('TextColumnBuilder', () => {
  it('codes as codeColumn does: first-seen order, 0 for null, the narrowest codes', () => {
    const values = ['b', null, 'a', 'b', 'đất ở', undefined, 'a', ''];
    const builder = new TextColumnBuilder(16);
    values.forEach((v, row) => {
      if (typeof v === 'string') builder.setString(row, v);
    });
    expect(builder.emit(values.length)).toEqual(codeColumn(values, values.length, 'text'));
  });

  it('bytes, strings and aliases of one text share its code; emit empties it', () => {
    const builder = new TextColumnBuilder(8);
    const nfd = utf8('tên'.normalize('NFD'));
    expect(builder.setAliased(0, nfd, 0, nfd.length)).toBe(false);
    builder.setString(0, 'tên');
    builder.alias(0, nfd, 0, nfd.length);
    expect(builder.setAliased(1, nfd, 0, nfd.length)).toBe(true);
    const nfc = utf8('tên');
    builder.setUtf8(2, nfc, 0, nfc.length);
    const column = builder.emit(4);
    if (column.kind !== 'text') throw new Error('not text');
    expect([...column.codes]).toEqual([1, 1, 1, 0]);
    expect(texts(column.dictionary)).toEqual(['tên']);
    expect(builder.setAliased(0, nfd, 0, nfd.length)).toBe(false);
    const next = builder.emit(2);
    expect(next).toEqual({
      kind: 'text',
      codes: new Uint8Array(2),
      dictionary: { bytes: new Uint8Array(0), offsets: new Uint32Array(1) },
    });
  });

  it('more than 255 texts take Uint16 codes, more than 65,535 Uint32', () => {
    for (const [n, type] of [
      [255, Uint8Array],
      [256, Uint16Array],
      [65_536, Uint32Array],
    ] as const) {
      const builder = new TextColumnBuilder(n);
      for (let i = 0; i < n; i++) builder.setString(i, `v${i}`);
      const column = builder.emit(n);
      if (column.kind !== 'text') throw new Error('not text');
      expect(column.codes).toBeInstanceOf(type);
      expect(column.codes[n - 1]).toBe(n);
    }
  });
});

describe('NumberColumnBuilder', () => {
  it('NaN where no value was written; emit empties it', () => {
    const builder = new NumberColumnBuilder(4);
    builder.values[1] = 2.5;
    expect([...(builder.emit(3) as { values: Float64Array }).values]).toEqual([Number.NaN, 2.5, Number.NaN]);
    expect([...(builder.emit(2) as { values: Float64Array }).values]).toEqual([Number.NaN, Number.NaN]);
  });
});
