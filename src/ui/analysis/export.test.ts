import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readFeatureCollection } from '../../data/fgb';
import {
  CSV_BOM,
  csvField,
  type ExportColumn,
  exportFileName,
  pointGeometry,
  toCsv,
  toGeoJson,
} from './export';

interface Row {
  id: string;
  name: string;
  km: number | null;
}

const columns: ExportColumn<Row>[] = [
  { id: 'id', label: 'Mã', value: (r) => r.id },
  { id: 'name', label: 'Tên, đầy đủ', value: (r) => r.name },
  { id: 'km', label: 'Khoảng cách (km)', value: (r) => r.km },
];

const rows: Row[] = [
  { id: 'a', name: 'KCN Mỹ Phước 3', km: 0.1 + 0.2 },
  { id: 'b', name: 'Khu "Sóng Thần", giai đoạn 2\nmở rộng', km: null },
];

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(1234.5)).toBe('1234.5');
  });

  it('writes a BOM, a header row and one CRLF line per row, Vietnamese intact', () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const body = csv.slice(1);
    expect(body).toBe(
      'Mã,"Tên, đầy đủ",Khoảng cách (km)\r\n' +
        'a,KCN Mỹ Phước 3,0.3\r\n' +
        'b,"Khu ""Sóng Thần"", giai đoạn 2\nmở rộng",\r\n',
    );
    expect(toCsv(columns, [], false)).toBe('Mã,"Tên, đầy đủ",Khoảng cách (km)\r\n');
  });
});

// Park names a spreadsheet would run as formulas (read from the shared case file, never copied).
const FORMULA_PARKS = fileURLToPath(
  new URL('../../../../shared/cases/input-robustness/03-parks-formula-names.fgb', import.meta.url),
);

describe.skipIf(!existsSync(FORMULA_PARKS))('CSV of parks named like formulas', () => {
  it('exports their names as text a spreadsheet cannot run, numbers as numbers', async () => {
    const { collection } = await readFeatureCollection(new Uint8Array(readFileSync(FORMULA_PARKS)));
    interface Park {
      name: string;
      offset: number;
    }
    const parks: Park[] = collection.features.map((f) => ({
      name: String(f.properties?.name_vi),
      offset: -0.5,
    }));
    const cols: ExportColumn<Park>[] = [
      { id: 'name', label: 'Tên', value: (p) => p.name },
      { id: 'offset', label: 'Δ (km)', value: (p) => p.offset },
    ];
    const csv = toCsv(cols, parks);
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(cells.map((c) => c[0])).toEqual([
      "'=1+1",
      "'@SUM(1)",
      "'+84 000 000 000",
      "'-2+3",
      "'\t=1+1",
      "'\r=1+1",
    ]);
    expect(cells.every((c) => c[1] === '-0.5')).toBe(true);
    // The raw file: no line starts a cell with a formula character outside quotes.
    expect(csv).not.toMatch(/(^|,|\n)[=+@\t]/);
    expect(csv.split('\r\n')[1]).toBe(`"'=1+1",-0.5`);
  });
});

describe('GeoJSON', () => {
  it('is a FeatureCollection of the rows’ geometries with the values by column id', () => {
    const fc = toGeoJson(columns, rows, (r) => (r.id === 'a' ? pointGeometry([106.6, 11.1]) : null));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.6, 11.1] },
      properties: { id: 'a', name: 'KCN Mỹ Phước 3', km: 0.3 },
    });
    expect(fc.features[1]!.geometry).toBeNull();
    expect(fc.features[1]!.properties).toEqual({ id: 'b', name: rows[1]!.name, km: null });
    // Round-trips through JSON unchanged.
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('file names', () => {
  it('are ASCII slugs with the date', () => {
    const d = new Date('2025-03-04T10:00:00Z');
    expect(exportFileName('Hành lang và điểm logistics gần nhất', 'csv', d)).toBe(
      'hanh-lang-va-diem-logistics-gan-nhat-2025-03-04.csv',
    );
    expect(exportFileName('Đường Vành đai 4', 'geojson', d)).toBe('duong-vanh-dai-4-2025-03-04.geojson');
    expect(exportFileName('***', 'csv', d)).toBe('table-2025-03-04.csv');
  });
});
