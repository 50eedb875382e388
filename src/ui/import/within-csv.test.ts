import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n';
import { withinCsv } from './within-csv';

describe('withinCsv', () => {
  const rows = [
    { index: 4, distance_km: 0.25 },
    { index: 0, distance_km: 1.5 },
  ];

  it('writes every row, nearest first, with the feature number and the corridor, in the page’s language', () => {
    const csv = withinCsv(rows, { id: 'vd4_bd', name: 'Vành đai 4' }, formatters('vi'));
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual([
      'Đối tượng số,Mã tuyến,Tuyến,Khoảng cách (km)',
      '5,vd4_bd,Vành đai 4,0.25',
      '1,vd4_bd,Vành đai 4,1.5',
    ]);
  });

  it('leaves the corridor empty for “any corridor”, headers in English', () => {
    const csv = withinCsv(rows.slice(0, 1), null, formatters('en'));
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['Feature no.,Corridor id,Corridor,Distance (km)', '5,,,0.25']);
  });
});
