// Messages of the attribute table, filters and counts of large imported layers (issue 10 §2: held as
// binary chunks). Vietnamese first; the English table has exactly the same keys (type-checked below).
// Spread into vi-lazy.ts and en.ts.

export const bigTableVi = {
  'bigTable.note':
    'Lớp lớn (từ 20.000 đối tượng): bảng thuộc tính, bộ lọc và số đếm đọc thẳng từ dữ liệu nhị phân; bảng không có ô tìm kiếm. Phân tích (tính từng phần, có thể huỷ): đối tượng trong phạm vi của tuyến, diện tích theo huyện, tuyến gần nhất của từng điểm.',
} as const;

export const bigTableEn: Record<keyof typeof bigTableVi, string> = {
  'bigTable.note':
    'Large layer (20,000 features or more): its attribute table, filters and counts read the binary data directly; the table has no search box. Analysis (part by part, with Cancel): within reach of a corridor, area per district, nearest corridor of each point.',
};
