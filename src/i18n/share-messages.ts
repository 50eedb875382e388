// Sharing a view (issue 11 §1): the share dialog and the annotations. Vietnamese first; the English
// table must have exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const shareVi = {
  'share.open': 'Chia sẻ góc nhìn này',
  'share.title': 'Chia sẻ góc nhìn này',
  'share.close': 'Đóng',
  'share.link': 'Liên kết tới đúng những gì đang hiển thị',
  'share.copy': 'Sao chép liên kết',
  'share.copied': 'Đã sao chép liên kết.',
  'share.copy.failed': 'Không sao chép được: hãy chọn liên kết ở trên rồi nhấn Ctrl+C (⌘C).',
  'share.size': 'Liên kết dài {chars} ký tự ({bytes} byte).',
  'share.files':
    'Tệp kéo thả vào bản đồ không đi theo liên kết (chúng chỉ có trong trình duyệt này); lớp thêm từ một địa chỉ URL thì có.',
  'share.ann.tooBig':
    'Các chú thích quá lớn cho liên kết (giới hạn {limit} ký tự): hãy xuất chúng ra tệp GeoJSON để gửi kèm.',
  'share.qr.alt': 'Mã QR của liên kết: quét bằng điện thoại để mở cùng góc nhìn.',
  'share.qr.failed': 'Liên kết quá dài để tạo mã QR.',
  'ann.title': 'Chú thích',
  'ann.kind.point': 'Điểm',
  'ann.kind.line': 'Đường',
  'ann.kind.area': 'Vùng',
  'ann.draw': 'Vẽ: {kind}',
  'ann.drawing':
    'Đang vẽ {kind}: {count} đỉnh. Nhấp vào bản đồ, hoặc chọn bản đồ rồi nhấn Enter ở dấu chữ thập để thêm đỉnh; Shift+Enter hoặc nhấp đúp để xong; Backspace xoá đỉnh cuối; Escape huỷ.',
  'ann.finish': 'Xong',
  'ann.cancel': 'Huỷ',
  'ann.field.title': 'Tiêu đề',
  'ann.field.note': 'Ghi chú',
  'ann.color': 'Màu',
  'ann.color.n': 'Màu {n}',
  'ann.remove': 'Xoá chú thích {title}',
  'ann.untitled': '(không tiêu đề)',
  'ann.limit':
    'Liên kết mang các chú thích khi mã của chúng không quá {limit} ký tự (hiện: {size}); lớn hơn thì xuất ra GeoJSON.',
  'ann.limit.over': 'Các chú thích hiện quá {limit} ký tự nên không đi theo liên kết: hãy xuất ra GeoJSON.',
  'ann.export': 'Xuất GeoJSON',
  'ann.import': 'Nhập GeoJSON',
  'ann.import.error.json': 'Tệp {name} không phải JSON hợp lệ; các chú thích hiện có được giữ nguyên.',
  'ann.import.error.not_collection':
    'Tệp {name} không phải một FeatureCollection GeoJSON; các chú thích hiện có được giữ nguyên.',
  'ann.import.error.bad_feature':
    'Đối tượng số {index} của tệp {name} không phải điểm, đường hay vùng hợp lệ (tiêu đề tối đa 80, ghi chú tối đa 500 ký tự); không có gì được nhập.',
  'ann.import.done': 'Đã nhập {count} chú thích từ {name}.',
  // Editing a listed annotation, and the section's list.
  'ann.edit': 'Sửa',
  'ann.edit.aria': 'Sửa chú thích {title}',
  'ann.edit.save': 'Lưu',
  'ann.edit.cancel': 'Huỷ',
  'ann.edit.legend': 'Sửa chú thích {title}',
  'ann.list.title': 'Chú thích đã vẽ ({count})',
  'ann.list.empty': 'Chưa có chú thích nào. Chọn một công cụ vẽ rồi nhấp vào bản đồ.',
  'ann.firstMap': 'Khi so sánh hai bản đồ, chú thích được vẽ trên bản đồ bên trái.',
} as const;

export const shareEn = {
  'share.open': 'Share this view',
  'share.title': 'Share this view',
  'share.close': 'Close',
  'share.link': 'Link to exactly what is on screen',
  'share.copy': 'Copy link',
  'share.copied': 'The link was copied.',
  'share.copy.failed': 'Could not copy: select the link above and press Ctrl+C (⌘C).',
  'share.size': 'The link is {chars} characters long ({bytes} bytes).',
  'share.files':
    'Files dropped into the map do not travel in a link (they exist only in this browser); a layer added from a URL does.',
  'share.ann.tooBig':
    'The annotations are too big for a link (limit {limit} characters): export them as a GeoJSON file to send along.',
  'share.qr.alt': 'QR code of the link: scan it with a phone to open the same view.',
  'share.qr.failed': 'The link is too long for a QR code.',
  'ann.title': 'Annotations',
  'ann.kind.point': 'Point',
  'ann.kind.line': 'Line',
  'ann.kind.area': 'Area',
  'ann.draw': 'Draw: {kind}',
  'ann.drawing':
    'Drawing a {kind}: {count, plural, one {# vertex} other {# vertices}}. Click the map, or focus the map and press Enter at the crosshair to add a vertex; Shift+Enter or a double click finishes; Backspace removes the last vertex; Escape cancels.',
  'ann.finish': 'Finish',
  'ann.cancel': 'Cancel',
  'ann.field.title': 'Title',
  'ann.field.note': 'Note',
  'ann.color': 'Colour',
  'ann.color.n': 'Colour {n}',
  'ann.remove': 'Remove the annotation {title}',
  'ann.untitled': '(untitled)',
  'ann.limit':
    'The link carries the annotations while their code is at most {limit} characters (now: {size}); beyond that, export them as GeoJSON.',
  'ann.limit.over':
    'The annotations are now over {limit} characters, so they are not in the link: export them as GeoJSON.',
  'ann.export': 'Export GeoJSON',
  'ann.import': 'Import GeoJSON',
  'ann.import.error.json': 'The file {name} is not valid JSON; the annotations you have are kept.',
  'ann.import.error.not_collection':
    'The file {name} is not a GeoJSON FeatureCollection; the annotations you have are kept.',
  'ann.import.error.bad_feature':
    'Feature {index} of the file {name} is not a valid point, line or area (title at most 80, note at most 500 characters); nothing was imported.',
  'ann.import.done': 'Imported {count, plural, one {# annotation} other {# annotations}} from {name}.',
  // Editing a listed annotation, and the section's list.
  'ann.edit': 'Edit',
  'ann.edit.aria': 'Edit the annotation {title}',
  'ann.edit.save': 'Save',
  'ann.edit.cancel': 'Cancel',
  'ann.edit.legend': 'Edit the annotation {title}',
  'ann.list.title': 'Annotations drawn ({count})',
  'ann.list.empty': 'No annotations yet. Choose a drawing tool, then click the map.',
  'ann.firstMap': 'When two maps are compared, annotations are drawn on the left map.',
} as const satisfies Record<keyof typeof shareVi, string>;
