// Messages of the import UI and imported layers (issue 10 §1 wiring). Vietnamese first; the English
// table has exactly the same keys (type-checked below). Spread into vi.ts and en.ts.

export const userLayersVi = {
  'userLayers.title': 'Tệp của bạn',
  'userLayers.privacy':
    'Tệp được đọc ngay trong trình duyệt này và không gửi đi đâu. Tệp kéo thả hoặc chọn từ máy không chia sẻ được qua đường liên kết; lớp thêm từ một URL thì được.',
  'userLayers.pick': 'Chọn tệp…',
  'userLayers.drop':
    'Hoặc kéo thả tệp vào bản đồ. Định dạng: GeoJSON, GeoJSON theo dòng (.geojsonl, .ndjson), FlatGeobuf, CSV/TSV, Shapefile (.zip, hoặc chọn cùng lúc .shp, .dbf, .shx, .prj), KML, KMZ, GPX.',
  'userLayers.dropHere': 'Thả tệp để thêm thành lớp',
  'userLayers.url.label': 'Thêm lớp từ URL (GeoJSON hoặc FlatGeobuf)',
  'userLayers.url.add': 'Thêm',
  'userLayers.progress': 'Đang đọc “{file}”: {read} / {total} byte, {features} đối tượng',
  'userLayers.cancel': 'Huỷ',
  'userLayers.connecting': 'Đang hỏi máy chủ về “{file}”…',
  'userLayers.downloading': 'Đang tải “{file}” về: {read} / {total} byte',
  'userLayers.downloadingUnknown': 'Đang tải “{file}” về: {read} byte',
  'userLayers.waiting': 'Chờ đến lượt: {files}',
  'userLayers.large.confirm': 'Vẫn mở',
  'userLayers.csv.question': 'Cột toạ độ của “{file}”: kinh độ = {lon}, vĩ độ = {lat}. Đúng không?',
  'userLayers.csv.wkt': 'Cột hình học WKT của “{file}”: {wkt}.',
  'userLayers.csv.ok': 'Đúng, thêm lớp',
  'userLayers.csv.keep': 'Đúng, giữ lớp',
  'userLayers.csv.swap': 'Đổi kinh độ và vĩ độ',
  'userLayers.crs.question':
    'Toạ độ của “{file}” là toạ độ phẳng (mét) và tệp không cho biết hệ toạ độ (không có tệp .prj hay khai báo CRS). Chọn hệ toạ độ:',
  'userLayers.crs.apply': 'Dùng hệ toạ độ này',
  'userLayers.abort': 'Thôi',
  'userLayers.question.waiting': 'Có một câu hỏi về “{file}” đang chờ bạn trả lời trong “{panel}”.',
  'userLayers.question.show': 'Trả lời',
  'userLayers.dismiss': 'Bỏ thông báo về “{file}”',
  'userLayers.error.fetch': 'Không tải được “{file}” từ URL ({detail}).',
  'userLayers.error.network':
    'Không tải được “{file}”: máy chủ không trả lời, hoặc không cho phép trang này đọc tệp (CORS).',
  'userLayers.error.url': '“{file}” không phải URL http(s) hợp lệ.',
  'userLayers.error.html':
    'Máy chủ trả về một trang web thay cho tệp dữ liệu “{file}”: địa chỉ có thể sai, hoặc tệp không có ở đó.',
  'userLayers.remove': 'Xoá lớp',
  'userLayers.remove.aria': 'Xoá lớp {title} khỏi bản đồ và bộ nhớ trình duyệt',
  'userLayers.origin.file': 'Từ tệp của bạn (chỉ trong trình duyệt này)',
  'userLayers.origin.url': 'Từ URL: {url}',
  'userLayers.storage': 'Bộ nhớ trình duyệt đang dùng: {used} / {quota}',
  'userLayers.storage.quota':
    'Bộ nhớ trình duyệt đã đầy: lớp mới vẫn hiện trong phiên này nhưng không được lưu; các lớp đã lưu vẫn còn nguyên.',
  'userLayers.storage.unavailable':
    'Không lưu được lớp vào bộ nhớ trình duyệt (có thể đang ở chế độ riêng tư); lớp sẽ mất khi tải lại trang.',
  'userLayers.nearest': 'Tìm tuyến gần nhất',
  'userLayers.nearest.aria': 'Tìm tuyến gần nhất của mỗi điểm thuộc lớp {title}',
  'userLayers.nearest.row': '{point}: {corridor}, {km} km',
  'userLayers.nearest.more': 'và {count} điểm khác',
  'userLayers.nearest.corridor': 'Đến tuyến',
  'userLayers.nearest.any': 'tuyến gần nhất',
  'userLayers.nearest.title': 'Tuyến gần nhất của mỗi điểm',
  'userLayers.nearest.onMapNote':
    'Đường đỏ trên bản đồ: từ mỗi điểm đến điểm gần nhất của tuyến, nơi có chấm đỏ.',
  'userLayers.nearest.badKm':
    '“{value}” không phải khoảng cách từ 0 đến 200 km (ví dụ 2 hoặc 0,5): danh sách đang hiện mọi điểm. Để trống ô này cũng là xem mọi điểm.',
  'userLayers.nearest.within': 'Chỉ trong phạm vi (km)',
  'userLayers.nearest.count': '{shown} / {total} điểm trong phạm vi {km} km',
  'userLayers.export.shp': 'Shapefile WGS 84',
  'userLayers.export.shpVn': 'Shapefile VN-2000',
  'userLayers.export.kml': 'KML',
  'userLayers.export.shp.aria': 'Tải “{table}” dạng Shapefile WGS 84 (nén zip)',
  'userLayers.export.shpVn.aria': 'Tải “{table}” dạng Shapefile VN-2000 (TM-3 105°45′, nén zip)',
  'userLayers.export.kml.aria': 'Tải “{table}” dạng KML',
  // Said under the import area once a file's layer is added.
  'userLayers.added': 'Đã thêm lớp “{file}”: {count} đối tượng; lớp ở đầu danh sách lớp.',
  'userLayers.added.dismiss': 'Ẩn thông báo đã thêm “{file}”',
  // Zoom to an imported layer (its features' box, or a large layer's import summary).
  'userLayers.zoom': 'Thu phóng đến lớp',
  'userLayers.zoom.aria': 'Thu phóng đến lớp {title}',
  'userLayers.zoom.none': 'Lớp không có đối tượng nào có vị trí để thu phóng đến',
  // Remove asks once: a large layer takes a while to import again.
  'userLayers.remove.confirm': 'Xoá “{title}” khỏi bản đồ và bộ nhớ trình duyệt? Không hoàn tác được.',
  'userLayers.remove.yes': 'Xoá',
  'userLayers.remove.no': 'Giữ lại',
} as const;

export const userLayersEn: Record<keyof typeof userLayersVi, string> = {
  'userLayers.title': 'Your files',
  'userLayers.privacy':
    'Files are read in this browser and sent nowhere. A dropped or picked file cannot be shared by link; a layer added from a URL can.',
  'userLayers.pick': 'Choose a file…',
  'userLayers.drop':
    'Or drop a file on the map. Formats: GeoJSON, newline-delimited GeoJSON (.geojsonl, .ndjson), FlatGeobuf, CSV/TSV, Shapefile (.zip, or .shp, .dbf, .shx and .prj chosen together), KML, KMZ, GPX.',
  'userLayers.dropHere': 'Drop the file to add it as a layer',
  'userLayers.url.label': 'Add a layer from a URL (GeoJSON or FlatGeobuf)',
  'userLayers.url.add': 'Add',
  'userLayers.progress':
    'Reading “{file}”: {read} / {total} bytes, {features, plural, one {# feature} other {# features}}',
  'userLayers.cancel': 'Cancel',
  'userLayers.connecting': 'Asking the server for “{file}”…',
  'userLayers.downloading': 'Downloading “{file}”: {read} / {total} bytes',
  'userLayers.downloadingUnknown': 'Downloading “{file}”: {read} bytes',
  'userLayers.waiting': 'Waiting in line: {files}',
  'userLayers.large.confirm': 'Open anyway',
  'userLayers.csv.question':
    'Coordinate columns of “{file}”: longitude = {lon}, latitude = {lat}. Is that right?',
  'userLayers.csv.wkt': 'WKT geometry column of “{file}”: {wkt}.',
  'userLayers.csv.ok': 'Yes, add the layer',
  'userLayers.csv.keep': 'Yes, keep the layer',
  'userLayers.csv.swap': 'Swap longitude and latitude',
  'userLayers.crs.question':
    'The coordinates of “{file}” are projected (metres) and the file does not say in which system (no .prj file or CRS member). Choose the coordinate system:',
  'userLayers.crs.apply': 'Use this coordinate system',
  'userLayers.abort': 'Never mind',
  'userLayers.question.waiting': 'A question about “{file}” is waiting for your answer in “{panel}”.',
  'userLayers.question.show': 'Answer',
  'userLayers.dismiss': 'Dismiss the message about “{file}”',
  'userLayers.error.fetch': '“{file}” could not be downloaded from the URL ({detail}).',
  'userLayers.error.network':
    '“{file}” could not be downloaded: the server did not answer, or does not let this page read the file (CORS).',
  'userLayers.error.url': '“{file}” is not a valid http(s) URL.',
  'userLayers.error.html':
    'The server sent a web page instead of the data file “{file}”: the address may be wrong, or the file is not there.',
  'userLayers.remove': 'Remove layer',
  'userLayers.remove.aria': 'Remove layer {title} from the map and the browser’s storage',
  'userLayers.origin.file': 'From your file (in this browser only)',
  'userLayers.origin.url': 'From the URL: {url}',
  'userLayers.storage': 'Browser storage used: {used} of {quota}',
  'userLayers.storage.quota':
    'The browser’s storage is full: the new layer shows for this visit but is not saved; the layers saved before are all kept.',
  'userLayers.storage.unavailable':
    'The layer could not be saved in the browser (private mode?); it will be gone after a reload.',
  'userLayers.nearest': 'Find the nearest corridor',
  'userLayers.nearest.aria': 'Find the nearest corridor of each point of the layer {title}',
  'userLayers.nearest.row': '{point}: {corridor}, {km} km',
  'userLayers.nearest.more': 'and {count, plural, one {# more point} other {# more points}}',
  'userLayers.nearest.corridor': 'To the corridor',
  'userLayers.nearest.any': 'the nearest one',
  'userLayers.nearest.title': 'Nearest corridor of each point',
  'userLayers.nearest.onMapNote':
    'Red lines on the map: from each point to the nearest point of its corridor, marked by a red dot.',
  'userLayers.nearest.badKm':
    '“{value}” is not a distance from 0 to 200 km (e.g. 2 or 0.5): every point is listed meanwhile. Leave the field empty to list every point.',
  'userLayers.nearest.within': 'Only within (km)',
  'userLayers.nearest.count': '{shown} of {total, plural, one {# point} other {# points}} within {km} km',
  'userLayers.export.shp': 'Shapefile WGS 84',
  'userLayers.export.shpVn': 'Shapefile VN-2000',
  'userLayers.export.kml': 'KML',
  'userLayers.export.shp.aria': 'Download “{table}” as Shapefile WGS 84 (zipped)',
  'userLayers.export.shpVn.aria': 'Download “{table}” as Shapefile VN-2000 (TM-3 105°45′, zipped)',
  'userLayers.export.kml.aria': 'Download “{table}” as KML',
  // Said under the import area once a file's layer is added.
  'userLayers.added':
    'Added the layer “{file}”: {count, plural, one {# feature} other {# features}}; it is at the top of the layer list.',
  'userLayers.added.dismiss': 'Hide the notice that “{file}” was added',
  // Zoom to an imported layer (its features' box, or a large layer's import summary).
  'userLayers.zoom': 'Zoom to layer',
  'userLayers.zoom.aria': 'Zoom to layer {title}',
  'userLayers.zoom.none': 'The layer has no located feature to zoom to',
  'userLayers.remove.confirm':
    'Remove “{title}” from the map and the browser’s storage? This cannot be undone.',
  'userLayers.remove.yes': 'Remove',
  'userLayers.remove.no': 'Keep',
};
