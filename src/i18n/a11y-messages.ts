// Accessibility texts (issue 11 §5): the list of the features in view and the measured length's
// unit. Vietnamese first; the English table must have exactly the same keys (type-checked below).
// Spread into vi.ts and en.ts.

export const a11yVi = {
  'inview.toggle': 'Đối tượng trong khung nhìn ({count})',
  'inview.region': 'Danh sách đối tượng trong khung nhìn',
  'inview.live': 'Có {count} đối tượng trong khung nhìn.',
  'inview.empty': 'Không có đối tượng nào của các lớp đang hiện nằm trong khung nhìn.',
  'inview.waiting': 'Bản đồ chưa sẵn sàng.',
  'inview.group': '{layer}: {count}',
  'inview.unnamed': 'Không tên ({id})',
  'inview.more': '… và {count} đối tượng khác: phóng to để thu hẹp danh sách.',
  'analysis.measure.kmValue': '{value} km',
} as const;

export const a11yEn = {
  'inview.toggle': 'Features in view ({count})',
  'inview.region': 'List of the features in view',
  'inview.live': '{count, plural, one {# feature} other {# features}} in view.',
  'inview.empty': 'No feature of the visible layers is in view.',
  'inview.waiting': 'The map is not ready yet.',
  'inview.group': '{layer}: {count}',
  'inview.unnamed': 'Unnamed ({id})',
  'inview.more': '… and {count} more: zoom in to narrow the list.',
  'analysis.measure.kmValue': '{value} km',
} as const satisfies Record<keyof typeof a11yVi, string>;
