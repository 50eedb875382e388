// Investors (issue 9): the site score's criteria, normalisation, coverage, weights, comparison.
// Vietnamese first; the English table must have exactly the same keys (type-checked below).
// Spread into vi.ts and en.ts, which stay the one table each language reads.

export const investorsVi = {
  // Site score (issue 9): criteria, their normalisation, coverage, weights, comparison.
  'siteScore.title': 'Điểm địa điểm',
  'siteScore.criterion.expressway': 'Cao tốc',
  'siteScore.criterion.road': 'Quốc lộ hoặc đường vành đai',
  'siteScore.criterion.seaport': 'Cảng biển',
  'siteScore.criterion.airport': 'Sân bay',
  'siteScore.criterion.icd_rail': 'ICD hoặc đường sắt',
  'siteScore.criterion.area': 'Diện tích KCN',
  'siteScore.criterion.status': 'Tình trạng',
  'siteScore.criterion.occupancy': 'Tỷ lệ lấp đầy',
  'siteScore.explain.distance':
    'Khoảng cách đường thẳng đến đối tượng gần nhất, tối đa {cap} km; quy về 0–100 theo min–max đảo ngược trên mọi KCN: gần nhất 100, xa nhất 0.',
  'siteScore.explain.area':
    'Diện tích công bố, quy về 0–100 theo min–max trên mọi KCN biết diện tích: lớn nhất 100, nhỏ nhất 0.',
  'siteScore.explain.status':
    'Thang cố định: đang hoạt động 100, đang mở rộng 66,7, đang xây dựng 33,3, quy hoạch 0.',
  'siteScore.explain.occupancy':
    'Phần đất còn cho thuê: 100 − tỷ lệ lấp đầy (%); chỉ có ở vài KCN có nguồn công bố, KCN đã lấp đầy được 0.',
  'siteScore.explain.unknown':
    'Tiêu chí chưa biết được bỏ khỏi điểm của KCN đó và trọng số chia lại cho các tiêu chí đã biết; không bao giờ tính là 0.',
  'siteScore.explain.limits':
    'Vị trí KCN là ước tính (sơ đồ) và khoảng cách là đường thẳng, không theo đường bộ hay đường sắt.',
  'siteScore.score': 'Điểm',
  'siteScore.rank': 'Hạng',
  'siteScore.contribution': '{criterion}: {points} điểm (trọng số {weight} × {value}/100)',
  'siteScore.coverage': 'Biết {known}/{total} tiêu chí',
  'siteScore.fullCoverageOnly': 'Chỉ KCN biết đủ mọi tiêu chí',
  'siteScore.unknown': 'chưa biết',
  'siteScore.noScore': 'Không có điểm: chưa biết tiêu chí nào có trọng số',
  'siteScore.weights': 'Trọng số (0–5)',
  'siteScore.weight': 'Trọng số của {criterion}',
  'siteScore.weights.reset': 'Trọng số mặc định',
  'siteScore.weights.allZero':
    'Mọi trọng số đều bằng 0 nên không tính được điểm. Hãy đặt ít nhất một trọng số lớn hơn 0.',
  'siteScore.unavailable': 'Không có khoảng cách {criterion}: lớp {layer} chưa tải được.',
  'siteScore.occupancyValue': '{pct} % (năm {year}, nguồn: {source})',
  'siteScore.occupancyValue.noYear': '{pct} % (nguồn không ghi năm: {source})',
  'siteScore.landPrice': 'Giá thuê đất',
  'siteScore.landPrice.unknown': 'chưa biết (không nguồn nào trong dữ liệu công bố)',
  'siteScore.workersPlanned': 'Lao động dự kiến',
  'siteScore.compare': 'So sánh',
  'siteScore.compare.full': 'Chỉ so sánh được tối đa {max} KCN; {park} không được thêm.',
  'siteScore.compare.already': '{park} đã có trong bảng so sánh.',
  'analysis.error.invalid_weights': 'Trọng số phải là số nguyên từ 0 đến 5 cho mỗi tiêu chí.',
  'siteScore.compare.refused': 'Liên kết có hơn {max} KCN để so sánh; đã bỏ: {parks}.',
} as const;

export const investorsEn = {
  // Site score (issue 9): criteria, their normalisation, coverage, weights, comparison.
  'siteScore.title': 'Site score',
  'siteScore.criterion.expressway': 'Expressway',
  'siteScore.criterion.road': 'National or ring road',
  'siteScore.criterion.seaport': 'Seaport',
  'siteScore.criterion.airport': 'Airport',
  'siteScore.criterion.icd_rail': 'ICD or railway',
  'siteScore.criterion.area': 'Park area',
  'siteScore.criterion.status': 'Status',
  'siteScore.criterion.occupancy': 'Occupancy',
  'siteScore.explain.distance':
    'Straight-line distance to the nearest one, capped at {cap} km; scaled to 0–100 by inverted min–max over all parks: nearest 100, farthest 0.',
  'siteScore.explain.area':
    'Stated area, scaled to 0–100 by min–max over all parks of known area: largest 100, smallest 0.',
  'siteScore.explain.status':
    'A fixed scale: existing 100, expanding 66.7, under construction 33.3, planned 0.',
  'siteScore.explain.occupancy':
    'Land still to lease: 100 − occupancy (%); known only for the few parks with a sourced figure; a full park scores 0.',
  'siteScore.explain.unknown':
    "An unknown criterion is left out of that park's score and the weights are shared over its known criteria; it never counts as 0.",
  'siteScore.explain.limits':
    'Park locations are schematic estimates and distances are straight lines, not road or rail routes.',
  'siteScore.score': 'Score',
  'siteScore.rank': 'Rank',
  'siteScore.contribution': '{criterion}: {points} points (weight {weight} × {value}/100)',
  'siteScore.coverage': '{known} of {total} criteria known',
  'siteScore.fullCoverageOnly': 'Only parks with every criterion known',
  'siteScore.unknown': 'unknown',
  'siteScore.noScore': 'No score: no weighted criterion is known',
  'siteScore.weights': 'Weights (0–5)',
  'siteScore.weight': 'Weight of {criterion}',
  'siteScore.weights.reset': 'Default weights',
  'siteScore.weights.allZero':
    'Every weight is 0, so no park can be scored. Set at least one weight above 0.',
  'siteScore.unavailable': 'No {criterion} distances: the {layer} layer could not be loaded.',
  'siteScore.occupancyValue': '{pct} % ({year}, source: {source})',
  'siteScore.occupancyValue.noYear': '{pct} % (the source gives no year: {source})',
  'siteScore.landPrice': 'Land price',
  'siteScore.landPrice.unknown': 'unknown (no source in the compiled data gives one)',
  'siteScore.workersPlanned': 'Planned workforce',
  'siteScore.compare': 'Compare',
  'siteScore.compare.full': 'At most {max} parks can be compared; {park} was not added.',
  'siteScore.compare.already': '{park} is already in the comparison.',
  'analysis.error.invalid_weights': 'Each weight must be a whole number from 0 to 5.',
  'siteScore.compare.refused': 'The link names more than {max} parks to compare; left out: {parks}.',
} as const satisfies Record<keyof typeof investorsVi, string>;
