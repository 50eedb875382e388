// Messages of the large imported layers (issue 10 §2: held and drawn as binary chunks). Vietnamese
// first; the English table has exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const bigLayersVi = {
  'bigLayers.feature': 'Đối tượng số {n}',
} as const;

export const bigLayersEn: Record<keyof typeof bigLayersVi, string> = {
  'bigLayers.feature': 'Feature no. {n}',
};
