// Messages of the attribute table (issue 8 §4). Vietnamese first; the English table has exactly the
// same keys (type-checked below). Spread into vi.ts and en.ts; the build moves the Vietnamese ones
// out of the first chunk (scripts/lib/locale-split.ts: the table button is in the layer panel, which
// waits for every table; an embed has no table).

export const tableVi = {
  'table.open': 'Bảng',
  'table.open.aria': 'Bảng thuộc tính của lớp {title}',
  'table.title': 'Bảng thuộc tính: {title}',
  'table.close': 'Đóng bảng thuộc tính',
  'table.search': 'Tìm trong bảng',
  'table.search.hint': 'Không phân biệt hoa thường và dấu: “thu dau mot” tìm thấy “Thủ Dầu Một”.',
  'table.rows': '{shown} / {total} dòng',
  'table.col.name': 'Tên',
  'table.col.id': 'Mã định danh',
  'table.loading': 'Lớp này chưa tải xong.',
  'table.filter': 'Lọc theo {column}',
  'table.filter.all': 'Tất cả',
} as const;

export const tableEn: Record<keyof typeof tableVi, string> = {
  'table.open': 'Table',
  'table.open.aria': 'Table of the {title} layer',
  'table.title': 'Attribute table: {title}',
  'table.close': 'Close the attribute table',
  'table.search': 'Search the table',
  'table.search.hint': 'Ignores case and diacritics: “thu dau mot” finds “Thủ Dầu Một”.',
  'table.rows': '{shown} of {total, plural, one {# row} other {# rows}}',
  'table.col.name': 'Name',
  'table.col.id': 'Identifier',
  'table.loading': 'This layer has not finished loading.',
  'table.filter': 'Filter by {column}',
  'table.filter.all': 'All',
};
