// Texts of the full viewer's frame that an embed never shows (the skip link, the map search's
// note on a result the filters hide, what tells same-named results apart). Vietnamese first;
// the English table must have exactly the same keys (type-checked below). Spread into vi-lazy.ts
// (loaded before the full viewer renders, never by an embed's first paint) and en.ts.

export const viewerVi = {
  'app.skipToMap': 'Đến bản đồ',
  'search.option.hidden': '{name} ({layer}; đang ẩn bởi bộ lọc)',
  'search.option.detail': '{name} — {detail}',
  'search.row.detail': '{name} ({detail})',
  'search.option.column': '{column}: {value}',
  'search.option.ordinal': 'đối tượng số {n}',
} as const;

export const viewerEn = {
  'app.skipToMap': 'Skip to the map',
  'search.option.hidden': '{name} ({layer}; hidden by a filter)',
  'search.option.detail': '{name} — {detail}',
  'search.row.detail': '{name} ({detail})',
  'search.option.column': '{column}: {value}',
  'search.option.ordinal': 'feature no. {n}',
} as const satisfies Record<keyof typeof viewerVi, string>;
