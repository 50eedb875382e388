import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, fixed, toCsvText } from './csv';

// The texts a spreadsheet would run as formulas (OWASP's list of leading characters), as in
// ../shared/cases/input-robustness/03-parks-formula-names.fgb.
const FORMULAS = ['=1+1', '@SUM(1)', '+84 000 000 000', '-2+3', '\t=1+1', '\r=1+1'];

describe('csvCell', () => {
  it('neutralises text starting with = + - @ tab or CR: a leading quote, inside double quotes', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('@SUM(1)')).toBe(`"'@SUM(1)"`);
    expect(csvCell('+84 000 000 000')).toBe(`"'+84 000 000 000"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(fixed(-0.5, 3))).toBe('-0.500');
    expect(csvCell(fixed(2, 2))).toBe('2.00');
    expect(csvCell(fixed(null, 2))).toBe('');
    expect(csvCell(fixed(Number.NaN, 2))).toBe('');
  });

  it('leaves ordinary text alone and quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvCell('KCN Mỹ Phước 3')).toBe('KCN Mỹ Phước 3');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes text in NFC', () => {
    const nfd = 'Thủ Dầu Một'.normalize('NFD');
    expect(csvCell(nfd)).toBe('Thủ Dầu Một'.normalize('NFC'));
  });
});

describe('toCsvText', () => {
  it('writes a BOM, a header and CRLF lines; a spreadsheet reads the original text back', () => {
    const rows = FORMULAS.map((name, i) => [name, -0.5 * i, fixed(-0.5, 2)]);
    const text = toCsvText(['name', 'x', 'y'], rows);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(`"'=1+1",0,-0.50`);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['name', 'x', 'y']);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(parsed.slice(1).map((r) => r[1])).toEqual(['0', '-0.5', '-1', '-1.5', '-2', '-2.5']);
    for (const r of parsed.slice(1)) expect(r[0]).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves the BOM out on request', () => {
    expect(toCsvText(['a'], [[1]], { bom: false })).toBe('a\r\n1\r\n');
  });
});
