// Messages of the coordinate readout (issue 10 §1: what's here and measure, in WGS 84 or VN-2000,
// with a copy button). Vietnamese first; the English table has the same keys (type-checked below).

export const coordsVi = {
  'coord.vn2000.pair': 'X = {x} m · Y = {y} m',
  'coords.system.label': 'Hệ toạ độ hiển thị',
  'coords.system.wgs84': 'WGS 84 (độ: vĩ độ · kinh độ)',
  'coords.system.vn2000': 'VN-2000 / TM-3 105°45′ (mét: X hướng bắc · Y hướng đông)',
  'coords.loading': 'Đang tải phép chuyển sang VN-2000…',
  'coords.failed': 'Không tải được phép chuyển sang VN-2000; toạ độ đang hiển thị theo WGS 84.',
  'coords.copy': 'Chép toạ độ',
  'coords.copy.point.aria': 'Chép toạ độ của điểm này vào bộ nhớ tạm',
  'coords.copy.vertices.aria': 'Chép toạ độ các điểm đã vẽ vào bộ nhớ tạm, mỗi điểm một dòng',
  'coords.copied': 'Đã chép toạ độ vào bộ nhớ tạm.',
  'coords.copy.failed': 'Trình duyệt không cho chép. Toạ độ đã được chọn: nhấn Ctrl+C để chép.',
  'coords.vertices': 'Toạ độ các điểm đã vẽ ({count})',
} as const;

export const coordsEn = {
  'coord.vn2000.pair': 'X = {x} m · Y = {y} m',
  'coords.system.label': 'Coordinates shown in',
  'coords.system.wgs84': 'WGS 84 (degrees: latitude · longitude)',
  'coords.system.vn2000': 'VN-2000 / TM-3 105°45′ (metres: X northing · Y easting)',
  'coords.loading': 'Loading the conversion to VN-2000…',
  'coords.failed': 'The conversion to VN-2000 could not be loaded; coordinates are shown in WGS 84.',
  'coords.copy': 'Copy coordinates',
  'coords.copy.point.aria': 'Copy coordinates of this point to the clipboard',
  'coords.copy.vertices.aria': 'Copy coordinates of the drawn points to the clipboard, one per line',
  'coords.copied': 'Coordinates copied to the clipboard.',
  'coords.copy.failed': 'The browser did not allow copying. The coordinates are selected: press Ctrl+C.',
  'coords.vertices': 'Coordinates of the drawn points ({count})',
} satisfies Record<keyof typeof coordsVi, string>;
