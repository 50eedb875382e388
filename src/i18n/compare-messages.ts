// Comparing two maps (issue 8 §6): swipe and side by side. Vietnamese first; the English table
// must have exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const compareVi = {
  'compare.title': 'So sánh hai bản đồ',
  'compare.mode.none': 'Một bản đồ',
  'compare.mode.swipe': 'Vuốt so sánh',
  'compare.mode.split': 'Hai bản đồ cạnh nhau',
  'compare.map.left': 'Bản đồ bên trái',
  'compare.map.right': 'Bản đồ bên phải',
  'compare.layers.left': 'Lớp của bản đồ bên trái',
  'compare.layers.right': 'Lớp của bản đồ bên phải',
  'compare.divider': 'Vạch chia hai bản đồ',
  'compare.divider.value': '{value} % từ mép trái',
  'compare.divider.hint': 'Kéo vạch chia, hoặc chọn nó rồi dùng phím mũi tên (Shift: 10 %), Home, End.',
  'compare.lock': 'Di chuyển hai bản đồ cùng nhau',
  'compare.side.left': 'Trên bản đồ bên trái',
  'compare.side.right': 'Trên bản đồ bên phải',
  'compare.year': 'Khu công nghiệp theo năm thành lập',
  'compare.year.same': 'Như thanh thời gian',
} as const;

export const compareEn = {
  'compare.title': 'Compare two maps',
  'compare.mode.none': 'One map',
  'compare.mode.swipe': 'Swipe',
  'compare.mode.split': 'Side by side',
  'compare.map.left': 'Left map',
  'compare.map.right': 'Right map',
  'compare.layers.left': 'Layers of the left map',
  'compare.layers.right': 'Layers of the right map',
  'compare.divider': 'Divider between the two maps',
  'compare.divider.value': '{value} % from the left edge',
  'compare.divider.hint': 'Drag the divider, or focus it and use the arrow keys (Shift: 10 %), Home, End.',
  'compare.lock': 'Move both maps together',
  'compare.side.left': 'On the left map',
  'compare.side.right': 'On the right map',
  'compare.year': 'Industrial parks by year established',
  'compare.year.same': 'As the time slider',
} as const satisfies Record<keyof typeof compareVi, string>;
