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
} as const satisfies Record<keyof typeof shareVi, string>;
