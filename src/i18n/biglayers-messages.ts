// Messages of the large imported layers (issue 10 §2: held and drawn as binary chunks). Vietnamese
// first; the English table has exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const bigLayersVi = {
  'bigLayers.note':
    'Lớp lớn (từ 20.000 đối tượng): chỉ vẽ và xem từng đối tượng. Bộ lọc, bảng thuộc tính và phân tích cần lớp dưới 20.000 đối tượng.',
  'bigLayers.feature': 'Đối tượng số {n}',
} as const;

export const bigLayersEn: Record<keyof typeof bigLayersVi, string> = {
  'bigLayers.note':
    'Large layer (20,000 features or more): drawn, and each feature can be inspected. Filters, the attribute table and analysis need a layer under 20,000 features.',
  'bigLayers.feature': 'Feature no. {n}',
};
