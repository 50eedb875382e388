// A CSV parsed in pieces: the same rows as one papaparse call over the whole text, whatever the
// piece size (quoted line breaks, CRLF, empty lines, multi-byte text split between pieces); the
// import's progress while a multi-piece CSV is parsed (bytes and rows, increasing); a cancel seen
// between pieces, through the registry and through the worker's API (Cancel in the UI).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createImportApi } from '../api';
import { importFile } from '../registry';
import { ImportError, type ImportProgress } from '../types';
import { CSV_CHUNK_CHARS, parseCsvRows, utf8Length } from './csv-stream';

const oneCall = (text: string, delimiter = '') =>
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, delimiter });

/** A deterministic pseudo-random CSV of awkward cells. */
function awkwardCsv(rows: number, newline: string): string {
  const cells = ['Thủ Dầu Một', '"a, b"', '"hai\ndòng"', '', '106.65', '"""quoted"""', '🏭 KCN', 'x;y'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  const out = ['ten,ghi_chu,lon,lat'];
  for (let i = 0; i < rows; i++) {
    if (next() % 17 === 0) out.push('');
    out.push([cells[next() % cells.length], cells[next() % cells.length], `106.${i}`, `11.${i}`].join(','));
  }
  return out.join(newline);
}

describe('parseCsvRows', () => {
  it.each([
    [23, '\n'],
    [64, '\r\n'],
    [1000, '\n'],
    [CSV_CHUNK_CHARS, '\r\n'],
  ])('gives the rows of one papaparse call, in pieces of %i characters (newline %j)', async (size, nl) => {
    const text = awkwardCsv(400, nl);
    const pieces: number[] = [];
    const got = await parseCsvRows(text, { chunkChars: size, onPiece: (chars) => pieces.push(chars) });
    const want = oneCall(text);
    expect(got.rows).toEqual(want.data);
    expect(got.delimiter).toBe(',');
    // Every report is a row end further on, the last the end of the text.
    expect(pieces.every((c, i) => i === 0 || c >= pieces[i - 1]!)).toBe(true);
    expect(pieces.at(-1)).toBe(text.length);
    if (size < 100) expect(pieces.length).toBeGreaterThan(10);
  });

  it('keeps a given delimiter and guesses one as papaparse does', async () => {
    const tsv = 'a\tb\n1,5\t2\n';
    expect((await parseCsvRows(tsv, { delimiter: '\t', chunkChars: 4 })).rows).toEqual(
      oneCall(tsv, '\t').data,
    );
    const semi = 'a;b\n1,5;2\n3;4\n';
    const got = await parseCsvRows(semi, { chunkChars: 5 });
    expect(got.delimiter).toBe(';');
    expect(got.rows).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
      ['3', '4'],
    ]);
  });

  it('rejects with the signal’s reason when aborted between pieces', async () => {
    const controller = new AbortController();
    const text = awkwardCsv(400, '\n');
    let pieces = 0;
    const parsing = parseCsvRows(text, {
      chunkChars: 100,
      signal: controller.signal,
      onPiece: () => {
        if (++pieces === 3) controller.abort(new Error('stop'));
      },
    });
    await expect(parsing).rejects.toThrow('stop');
    expect(pieces).toBe(3);
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes as TextEncoder writes them', () => {
    for (const s of ['', 'abc', 'Bình Dương', '🏭 KCN đ', 'a\u0800\u07ff']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
    expect(utf8Length('aĐb', 1, 2)).toBe(2);
  });
});

/** A CSV of `rows` points with a long text column: about 300 bytes a row, some of it not ASCII. */
function longCsv(rows: number): string {
  const note = 'Khu công nghiệp Bình Dương — ghi chú dài '.repeat(6);
  const lines = ['\uFEFFid,ghi_chu,lon,lat'];
  for (let i = 0; i < rows; i++)
    lines.push(`${i},"${note}${i}",${106.6 + (i % 500) / 1000},${11 + (i % 300) / 1000}`);
  return lines.join('\n');
}

describe('CSV import progress', () => {
  const rows = 12_000;
  const bytes = new TextEncoder().encode(longCsv(rows));

  it('reports bytes and rows while papaparse reads a CSV of several pieces, increasing to the end', async () => {
    expect(bytes.length).toBeGreaterThan(3 * CSV_CHUNK_CHARS);
    const seen: ImportProgress[] = [];
    const result = await importFile(
      { name: 'ghi-chu.csv', bytes },
      { onProgress: (p) => seen.push({ ...p }) },
    );
    expect(result.features).toHaveLength(rows);
    // The reports made while parsing: after the start (0 bytes) and before the whole file.
    const parsing = seen.filter((p) => p.bytesRead > 0 && p.bytesRead < bytes.length);
    expect(parsing.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < parsing.length; i++) {
      expect(parsing[i]!.bytesRead).toBeGreaterThan(parsing[i - 1]!.bytesRead);
      expect(parsing[i]!.featuresRead).toBeGreaterThan(parsing[i - 1]!.featuresRead);
    }
    expect(parsing.every((p) => p.totalBytes === bytes.length && p.featuresRead < rows)).toBe(true);
    // Bytes are the file's: the last piece's report ends exactly at its last byte, every row read.
    const last = seen.find((p) => p.bytesRead === bytes.length);
    expect(last?.featuresRead).toBe(rows);
  });

  it('a cancel while it is parsed ends the import as cancelled', async () => {
    const controller = new AbortController();
    let reports = 0;
    const pending = importFile(
      { name: 'ghi-chu.csv', bytes },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.bytesRead > 0 && p.bytesRead < bytes.length && ++reports === 1) controller.abort();
        },
      },
    );
    await expect(pending).rejects.toMatchObject({ key: 'import.error.cancelled' });
    await expect(pending).rejects.toBeInstanceOf(ImportError);
    expect(reports).toBe(1);
  });

  it('Cancel through the worker’s API is seen between pieces (the job’s message handled while parsing)', async () => {
    const api = createImportApi();
    let parsingReports = 0;
    const out = await api.importFile(3, bytes.slice().buffer as ArrayBuffer, 'ghi-chu.csv', {}, (p) => {
      if (p.featuresRead > 0 && p.bytesRead < bytes.length && ++parsingReports === 1) {
        // As the Comlink message would: handled by the worker's loop during the parse's break.
        setTimeout(() => api.cancel(3), 0);
      }
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.key).toBe('import.error.cancelled');
  });
});
