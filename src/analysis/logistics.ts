// The places layer has kind 'logistics' but no sub-kind, so the analysis derives one. The explicit
// table is the source of truth for the curated ids; a name keyword is only a fallback for a place
// added later (and is reported, so the table can be updated).

export const LOGISTICS_KINDS = ['port', 'airport', 'icd', 'station'] as const;
export type LogisticsKind = (typeof LOGISTICS_KINDS)[number];

export const LOGISTICS_KIND_BY_ID: Readonly<Record<string, LogisticsKind>> = {
  cat_lai: 'port',
  cai_mep_thi_vai: 'port',
  tan_son_nhat: 'airport',
  long_thanh: 'airport',
  icd_song_than: 'icd',
  song_than_station: 'station',
  di_an_station: 'station',
  an_binh_station: 'station',
};

const KEYWORDS: ReadonlyArray<[RegExp, LogisticsKind]> = [
  [/\bairport\b|sân bay|cảng hàng không/i, 'airport'],
  [/\bICD\b|inland container depot|cảng cạn/i, 'icd'],
  [/\bport\b|\bcảng\b/i, 'port'],
  [/\bstation\b|\bga\b/i, 'station'],
];

/**
 * The logistics sub-kind of a place, or null when it is not a logistics place or cannot be told.
 * `source` says whether the explicit table or the name fallback decided.
 */
export function logisticsKindOf(place: {
  id: string;
  kind: string;
  name_en?: string;
  name_vi?: string;
}): { kind: LogisticsKind; source: 'table' | 'name' } | null {
  if (place.kind !== 'logistics') return null;
  const byId = LOGISTICS_KIND_BY_ID[place.id];
  if (byId) return { kind: byId, source: 'table' };
  const text = `${place.name_en ?? ''} ${place.name_vi ?? ''}`;
  for (const [re, kind] of KEYWORDS) if (re.test(text)) return { kind, source: 'name' };
  return null;
}
