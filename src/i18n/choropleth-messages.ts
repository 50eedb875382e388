// The district choropleth's controls and legend notes (issue 8 §5). The legend's own words (header,
// no data, methods, metric names and units) are in planners-messages.ts. Vietnamese first; the
// English table must have the same keys (type-checked below). Spread into vi.ts and en.ts.

export const choroplethVi = {
  'choropleth.title': 'Tô màu theo đơn vị hành chính',
  'choropleth.metric': 'Chỉ số',
  'choropleth.metric.none': 'Không tô màu',
  'choropleth.method': 'Cách chia lớp',
  'choropleth.classes': 'Số lớp',
  'choropleth.legend': 'Chú giải',
  'choropleth.count': '{count} đơn vị',
  'choropleth.count.one': '1 đơn vị',
  'choropleth.loading': 'Đang tính số liệu khu công nghiệp theo đơn vị hành chính…',
  'choropleth.unavailable': 'Lớp thành phố, huyện không tải được nên không thể tô màu.',
  'choropleth.error':
    'Không tính được số liệu khu công nghiệp ({reason}): mọi đơn vị được xếp vào “Không có số liệu”.',
  'choropleth.mark.approximate': 'có số liệu gần đúng',
  'choropleth.mark.lowerBound': 'có giá trị tối thiểu (số thật có thể lớn hơn)',
  'choropleth.note.approximate': '≈ Số liệu gần đúng: {names}.',
  'choropleth.note.lowerBound': '> Giá trị tối thiểu, số thật có thể lớn hơn và thuộc lớp cao hơn: {names}.',
  'choropleth.note.noData': 'Không có số liệu (không nguồn nào cho số này; không ước tính): {names}.',
  'choropleth.note.fewer':
    'Chỉ {shown} lớp thay vì {requested}: các giá trị quá ít hoặc quá giống nhau để chia thêm.',
  'choropleth.note.parks':
    'Diện tích khu công nghiệp là diện tích công bố, tính như bảng Diện tích của phần Phân tích.',
} as const;

export const choroplethEn = {
  'choropleth.title': 'Colour the districts',
  'choropleth.metric': 'Figure',
  'choropleth.metric.none': 'None',
  'choropleth.method': 'Classification',
  'choropleth.classes': 'Classes',
  'choropleth.legend': 'Legend',
  'choropleth.count': '{count, plural, one {# district} other {# districts}}',
  'choropleth.count.one': '1 district',
  'choropleth.loading': 'Computing the industrial park figures per district…',
  'choropleth.unavailable': 'The districts layer did not load, so there is nothing to colour.',
  'choropleth.error':
    'The industrial park figures could not be computed ({reason}): every district is shown as “No data”.',
  'choropleth.mark.approximate': 'holds an approximate figure',
  'choropleth.mark.lowerBound': 'holds a lower bound (the true figure may be higher)',
  'choropleth.note.approximate': '≈ Approximate figure: {names}.',
  'choropleth.note.lowerBound':
    '> Lower bound, the true figure may be higher and in a higher class: {names}.',
  'choropleth.note.noData': 'No data (no source gives this figure; none is estimated): {names}.',
  'choropleth.note.fewer':
    'Only {shown} classes instead of {requested}: the values are too few or too alike to split further.',
  'choropleth.note.parks':
    'Industrial park areas are the stated areas, counted as in the Analysis panel’s Areas table.',
} as const satisfies Record<keyof typeof choroplethVi, string>;
