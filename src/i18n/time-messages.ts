// The time slider and the app's chart wrapper (issue 8 §3). Vietnamese first; the English table
// must have exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const timeVi = {
  'time.title': 'Theo thời gian',
  'time.enable': 'Chỉ hiện khu công nghiệp đã thành lập đến năm đã chọn',
  'time.slider': 'Năm thành lập',
  'time.planned': 'Quy hoạch',
  'time.valuetext.year': 'Đến năm {year}',
  'time.valuetext.planned': 'Tất cả, kể cả khu quy hoạch',
  'time.play': 'Tự chạy qua các năm',
  'time.back': 'Năm trước',
  'time.forward': 'Năm sau',
  'time.shown': 'Đã thành lập: {count} khu, {area}',
  'time.shown.planned': 'Đã thành lập và quy hoạch: {count} khu, {area}',
  'time.unknown': 'Chưa rõ năm: {count} khu, {area}',
  'time.unknownArea': '{count} khu chưa rõ diện tích, không tính',
  'time.notInTotals': '{count} khu có thể trùng đất khu khác, không tính',
  'time.plannedNote': 'Điểm dừng cuối thêm {count} khu quy hoạch ({area})',
  'time.legend.unknown': 'Chưa rõ năm thành lập (vẽ riêng, nét đứt)',
  'time.chart.title': 'Diện tích khu công nghiệp cộng dồn theo năm thành lập',
  'time.chart.x': 'Năm',
  'time.chart.y': 'Diện tích (ha)',
  'time.chart.series': 'Diện tích đã thành lập',
  'time.chart.unplaced':
    'Biểu đồ không đặt được {area} của {count} khu chưa rõ năm thành lập (và {unknown} khu chưa rõ diện tích).',
  'chart.table': 'Bảng số liệu của biểu đồ',
  'chart.loading': 'Đang tải biểu đồ…',
  'chart.error': 'Không vẽ được biểu đồ; số liệu có trong bảng.',
} as const;

export const timeEn = {
  'time.title': 'Over time',
  'time.enable': 'Show only the parks established by the chosen year',
  'time.slider': 'Year established',
  'time.planned': 'Planned',
  'time.valuetext.year': 'Up to {year}',
  'time.valuetext.planned': 'All, including planned parks',
  'time.play': 'Step through the years',
  'time.back': 'Previous year',
  'time.forward': 'Next year',
  'time.shown': 'Established: {count, plural, one {# park} other {# parks}}, {area}',
  'time.shown.planned': 'Established and planned: {count, plural, one {# park} other {# parks}}, {area}',
  'time.unknown': 'Year unknown: {count, plural, one {# park} other {# parks}}, {area}',
  'time.unknownArea': '{count, plural, one {# park} other {# parks}} of unknown area, not counted',
  'time.notInTotals':
    '{count, plural, one {# park that may share} other {# parks that may share}} another park’s land, not counted',
  'time.plannedNote':
    'The last stop adds {count, plural, one {# planned park} other {# planned parks}} ({area})',
  'time.legend.unknown': 'Year established unknown (drawn apart, dashed)',
  'time.chart.title': 'Cumulative industrial park area by year established',
  'time.chart.x': 'Year',
  'time.chart.y': 'Area (ha)',
  'time.chart.series': 'Established area',
  'time.chart.unplaced':
    'The chart cannot place {area} of {count, plural, one {# park} other {# parks}} of unknown year (and {unknown, plural, one {# park} other {# parks}} of unknown area).',
  'chart.table': 'The chart’s data as a table',
  'chart.loading': 'Loading the chart…',
  'chart.error': 'The chart could not be drawn; its figures are in the table.',
} as const satisfies Record<keyof typeof timeVi, string>;
