import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n';
import { withinCsv } from './within-csv';

describe('withinCsv', () => {
  const rows = [
    { index: 4, distance_km: 0.25, corridor_id: 'vd4_bd' },
    { index: 0, distance_km: 1.5, corridor_id: 'ql13' },
  ];
  const names: Record<string, string> = { vd4_bd: 'Vành đai 4', ql13: 'Quốc lộ 13' };

  it('writes every row, nearest first, with the feature number and its corridor, in the page’s language', () => {
    const csv = withinCsv(rows, (id) => names[id]!, formatters('vi'));
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual([
      'Đối tượng số,Mã tuyến,Tuyến,Khoảng cách (km)',
      '5,vd4_bd,Vành đai 4,0.25',
      '1,ql13,Quốc lộ 13,1.5',
    ]);
  });

  it('headers in English', () => {
    const csv = withinCsv(rows.slice(0, 1), (id) => `name of ${id}`, formatters('en'));
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['Feature no.,Corridor id,Corridor,Distance (km)', '5,vd4_bd,name of vd4_bd,0.25']);
  });
});
