import { describe, expect, it } from 'vitest';
import { LOGISTICS_KIND_BY_ID, logisticsKindOf } from './logistics';

describe('logistics sub-kind', () => {
  it('classifies every curated logistics place from the explicit table', () => {
    expect(LOGISTICS_KIND_BY_ID).toEqual({
      cat_lai: 'port',
      cai_mep_thi_vai: 'port',
      tan_son_nhat: 'airport',
      long_thanh: 'airport',
      icd_song_than: 'icd',
      song_than_station: 'station',
      di_an_station: 'station',
      an_binh_station: 'station',
    });
    expect(logisticsKindOf({ id: 'icd_song_than', kind: 'logistics', name_en: 'Song Than ICD' })).toEqual({
      kind: 'icd',
      source: 'table',
    });
  });

  it('falls back to the name for an unknown id, and says so', () => {
    expect(logisticsKindOf({ id: 'x', kind: 'logistics', name_en: 'Phuoc Long ICD' })?.kind).toBe('icd');
    expect(logisticsKindOf({ id: 'x', kind: 'logistics', name_en: 'Binh Duong port' })).toEqual({
      kind: 'port',
      source: 'name',
    });
    expect(logisticsKindOf({ id: 'x', kind: 'logistics', name_en: 'Some airport' })?.kind).toBe('airport');
    expect(
      logisticsKindOf({ id: 'x', kind: 'logistics', name_en: 'Ga Binh Duong', name_vi: 'Ga Bình Dương' })
        ?.kind,
    ).toBe('station');
    expect(logisticsKindOf({ id: 'x', kind: 'logistics', name_en: 'Warehouse' })).toBeNull();
  });

  it('ignores non-logistics places', () => {
    expect(logisticsKindOf({ id: 'cat_lai', kind: 'innovation' })).toBeNull();
  });
});
