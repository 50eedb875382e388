// Filters (issue 8 §3), the attribute table's column filters (§4) and the map-wide search box.
// Vietnamese first; the English table must have exactly the same keys (type-checked below).
// Spread into vi.ts and en.ts, which stay the one table each language reads.

export const filtersVi = {
  'filters.toggle': 'Lọc',
  'filters.active': 'đang lọc',
  'filters.shown': 'Hiện {shown} / {total} đối tượng',
  'filters.clear': 'Bỏ lọc',
  'filters.rule': 'Phân tích dùng mọi đối tượng của lớp, bất kể bộ lọc.',
  'filters.value': '{label} ({count})',
  'filters.range.min': '{field}: từ',
  'filters.range.max': '{field}: đến',
  'filters.range.order': '“Từ” phải không lớn hơn “đến”: bộ lọc chưa đổi.',
  'filters.query': 'Lọc theo từ khoá “{query}” (từ liên kết)',
  'filter.field.length_km_reported': 'Chiều dài công bố (km)',
  'filter.field.length_km_computed': 'Chiều dài nét vẽ (km)',
  'table.filter.button': 'Lọc',
  'table.filter.button.aria': 'Lọc cột {column}',
  'table.filter.button.active': 'Lọc cột {column} (đang lọc)',
  'table.filter.close': 'Đóng',
  'search.label': 'Tìm trên bản đồ',
  'search.hint':
    'Tên (tiếng Việt hoặc tiếng Anh) hoặc mã, không cần dấu. Mũi tên lên/xuống để chọn, Enter để tới.',
  'search.results': 'Kết quả tìm kiếm',
  'search.none': 'Không tìm thấy “{query}”.',
  'search.count': '{count} kết quả',
  'search.more': 'Hiện {shown} / {count} kết quả; gõ thêm để thu hẹp.',
  'search.pending': 'Đang tìm trong lớp lớn…',
  'search.option': '{name} ({layer})',
} as const;

export const filtersEn = {
  'filters.toggle': 'Filter',
  'filters.active': 'filtered',
  'filters.shown': '{shown} of {total} shown',
  'filters.clear': 'Clear filter',
  'filters.rule': 'Analysis uses every feature of a layer, whatever the filters.',
  'filters.value': '{label} ({count})',
  'filters.range.min': '{field}: from',
  'filters.range.max': '{field}: to',
  'filters.range.order': '“From” must not be above “to”: the filter is unchanged.',
  'filters.query': 'Filtered by the words “{query}” (from the link)',
  'filter.field.length_km_reported': 'Reported length (km)',
  'filter.field.length_km_computed': 'Length of the drawn line (km)',
  'table.filter.button': 'Filter',
  'table.filter.button.aria': 'Filter the column {column}',
  'table.filter.button.active': 'Filter the column {column} (filtered)',
  'table.filter.close': 'Close',
  'search.label': 'Search the map',
  'search.hint':
    'A name (Vietnamese or English) or a code, accents optional. Up/down arrows to choose, Enter to go.',
  'search.results': 'Search results',
  'search.none': 'Nothing found for “{query}”.',
  'search.count': '{count, plural, one {# result} other {# results}}',
  'search.more':
    '{shown} of {count, plural, one {# result} other {# results}} shown; type more to narrow them.',
  'search.pending': 'Searching the large layers…',
  'search.option': '{name} ({layer})',
} as const satisfies Record<keyof typeof filtersVi, string>;
