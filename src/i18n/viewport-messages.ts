// Messages of large layers read from a URL by the viewport (issue 10 §2, src/userlayers/
// viewport-source.ts). Vietnamese first; the English table has exactly the same keys (type-checked
// below). Spread into vi.ts and en.ts.

export const viewportVi = {
  'viewport.notice.zoomIn':
    'Lớp “{file}” lớn ({count} đối tượng): phóng to thêm để hiện các đối tượng trong khung nhìn.',
  'viewport.notice.wholeFile':
    'Máy chủ của “{file}” không hỗ trợ đọc từng phần (HTTP Range): đã tải toàn bộ tệp một lần và không hỏi lại theo khung nhìn.',
  'viewport.error.read':
    'Không đọc được phần trong khung nhìn của “{file}” (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'viewport.error.crs':
    '“{file}” có toạ độ phẳng nhưng không ghi hệ toạ độ: không đọc được theo khung nhìn. Hãy tải tệp về rồi mở từ máy.',
} as const;

export type ViewportMessageKey = keyof typeof viewportVi;

export const viewportEn = {
  'viewport.notice.zoomIn':
    '“{file}” is a large layer ({count, plural, one {# feature} other {# features}}): zoom in to show the features in view.',
  'viewport.notice.wholeFile':
    'The server of “{file}” does not support partial reads (HTTP Range): the whole file was downloaded once and is not read by view again.',
  'viewport.error.read': 'Could not read the part of “{file}” in view: {detail}',
  'viewport.error.crs':
    '“{file}” has projected coordinates but names no coordinate system: it cannot be read by view. Download it and open it from your computer.',
} as const satisfies Record<ViewportMessageKey, string>;
