// Messages of the file import (issue 10 §1, §3). Vietnamese first; the English table must have
// exactly the same keys (type-checked below). Spread into vi.ts and en.ts. Every message names the
// file as {file}.

export const importVi = {
  'import.error.empty': '“{file}” trống (0 byte).',
  'import.error.tooLarge': '“{file}” lớn {size} MB, quá giới hạn {limit} MB. Bạn có muốn vẫn mở không?',
  'import.error.unknownFormat':
    'Không nhận ra định dạng của “{file}”. Hỗ trợ: FlatGeobuf, GeoJSON, GeoJSON theo dòng, CSV/TSV, Shapefile nén zip, KML, KMZ, GPX.',
  'import.error.invalidJson':
    '“{file}” không phải JSON hợp lệ (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.notGeoJson': '“{file}” là JSON nhưng không phải GeoJSON (không có đối tượng địa lý).',
  'import.error.invalidUtf8': '“{file}” có văn bản không phải UTF-8 hợp lệ (tại byte {offset}).',
  'import.error.noFeatures': '“{file}” không chứa đối tượng nào.',
  'import.error.swapNowhere':
    'Đổi kinh độ và vĩ độ của “{file}” thì không đối tượng nào có vị trí hợp lệ; lớp giữ các cột đã nhận ra.',
  'import.error.fgbDamaged':
    '“{file}” là tệp FlatGeobuf hỏng hoặc bị cắt (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.zipDamaged':
    '“{file}” không phải tệp zip đọc được (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.zipNoShp': '“{file}” không chứa tệp .shp nào (cần .shp, .dbf, .shx và nên có .prj).',
  'import.error.shpDamaged': 'Shapefile “{file}” bị hỏng (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.csvNoCoordinates':
    '“{file}” không có cột toạ độ (kinh độ/vĩ độ, lon/lat, x/y hoặc WKT). Các cột: {columns}',
  'import.error.xmlInvalid':
    '“{file}” không phải XML hợp lệ (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.kmzNoKml': '“{file}” không chứa tệp .kml nào.',
  'import.error.prjUnsupported':
    'Không đọc được hệ toạ độ trong tệp .prj của “{file}” (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.error.cancelled': 'Đã huỷ mở “{file}”.',
  'import.error.internal': 'Không mở được “{file}” (chi tiết của trình đọc, bằng tiếng Anh: {detail})',
  'import.warn.mixedTypes': '“{file}” trộn nhiều loại hình học: {types}.',
  'import.warn.badLines':
    '{count} dòng của “{file}” không phải JSON hợp lệ và đã bỏ qua (dòng đầu tiên: {first}).',
  'import.warn.legacyEncoding':
    'Chữ trong “{file}” có vẻ dùng bảng mã cũ {encoding}, không phải Unicode: dấu tiếng Việt sẽ hiển thị sai. Hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi mở lại.',
  'import.warn.invalidUtf8Values':
    '{count} giá trị trong “{file}” không phải UTF-8 hợp lệ; ký tự lỗi được thay bằng �.',
  'import.warn.noCpg': '“{file}” không có tệp .cpg; văn bản được đọc theo {encoding}.',
  'import.warn.unknownCpg':
    'Tệp .cpg của “{file}” ghi bảng mã “{cpg}” không được hỗ trợ; văn bản được đọc theo UTF-8.',
  'import.warn.shpJoined': '“{file}” có {count} lớp Shapefile ({names}), đã mở chung thành một lớp.',
  'import.warn.shpEachCrs':
    '“{file}”: các tệp .shp có hệ toạ độ khác nhau; mỗi tệp đã được chuyển sang WGS 84 theo tệp .prj của nó ({list}).',
  'import.warn.shpLeftNoPrj':
    '“{file}”: bỏ qua {count} tệp ({names}) vì không có tệp .prj (chưa rõ hệ toạ độ); đã mở {kept}, có .prj. Muốn xem tệp bị bỏ qua thì nhập riêng: giải nén rồi chọn cùng lúc các tệp .shp, .dbf, .shx của nó (trang sẽ hỏi hệ toạ độ), hoặc nén chúng vào một tệp zip khác.',
  'import.warn.outOfRange':
    '{count} đối tượng trong “{file}” có toạ độ ngoài phạm vi kinh độ/vĩ độ và không có vị trí.',
  'import.warn.nullGeometries': '{count} đối tượng trong “{file}” không có vị trí hợp lệ.',
  'import.warn.droppedParts':
    '{count} hình trong “{file}” không vẽ được (đường chỉ có một điểm hoặc vùng dưới ba điểm) và đã bỏ qua.',
  'import.crs.ask':
    'Toạ độ trong “{file}” là toạ độ phẳng (mét) và tệp không cho biết hệ toạ độ. Hãy chọn hệ toạ độ:',
  'import.crs.vn2000-tm3-10545': 'VN-2000 / TM-3 kinh tuyến trục 105°45′ (Bình Dương)',
  'import.crs.vn2000-utm48': 'VN-2000 / UTM múi 48N',
  'import.crs.wgs84-utm48': 'WGS 84 / UTM múi 48N',
  'import.privacy': 'Tệp được đọc ngay trong trình duyệt và không được gửi đi đâu.',
} as const;

export const importEn = {
  'import.error.empty': '“{file}” is empty (0 bytes).',
  'import.error.tooLarge': '“{file}” is {size} MB, over the {limit} MB limit. Open it anyway?',
  'import.error.unknownFormat':
    'The format of “{file}” is not recognised. Supported: FlatGeobuf, GeoJSON, newline-delimited GeoJSON, CSV/TSV, zipped Shapefile, KML, KMZ, GPX.',
  'import.error.invalidJson': '“{file}” is not valid JSON: {detail}',
  'import.error.notGeoJson': '“{file}” is JSON but not GeoJSON (no features).',
  'import.error.invalidUtf8': '“{file}” has text that is not valid UTF-8 (at byte {offset}).',
  'import.error.noFeatures': '“{file}” has no features.',
  'import.error.swapNowhere':
    'With longitude and latitude swapped, no feature of “{file}” has a valid location; the layer keeps the detected columns.',
  'import.error.fgbDamaged': '“{file}” is a damaged or truncated FlatGeobuf file: {detail}',
  'import.error.zipDamaged': '“{file}” is not a readable zip file: {detail}',
  'import.error.zipNoShp':
    '“{file}” holds no .shp file (a Shapefile needs .shp, .dbf, .shx and preferably .prj).',
  'import.error.shpDamaged': 'The Shapefile “{file}” is damaged: {detail}',
  'import.error.csvNoCoordinates':
    '“{file}” has no coordinate columns (longitude/latitude, lon/lat, x/y or WKT). Its columns: {columns}',
  'import.error.xmlInvalid': '“{file}” is not valid XML: {detail}',
  'import.error.kmzNoKml': '“{file}” holds no .kml file.',
  'import.error.prjUnsupported': 'The coordinate system in the .prj of “{file}” cannot be read: {detail}',
  'import.error.cancelled': 'Opening “{file}” was cancelled.',
  'import.error.internal': '“{file}” could not be opened: {detail}',
  'import.warn.mixedTypes': '“{file}” mixes geometry types: {types}.',
  'import.warn.badLines':
    '{count, plural, one {# line} other {# lines}} of “{file}” {count, plural, one {is} other {are}} not valid JSON and {count, plural, one {was} other {were}} skipped (first: line {first}).',
  'import.warn.legacyEncoding':
    'The text in “{file}” looks like the legacy {encoding} encoding, not Unicode: Vietnamese accents would show wrongly. Convert it to Unicode (e.g. with Unikey) and open it again.',
  'import.warn.invalidUtf8Values':
    '{count, plural, one {# value} other {# values}} in “{file}” {count, plural, one {is} other {are}} not valid UTF-8; bad characters are shown as �.',
  'import.warn.noCpg': '“{file}” has no .cpg file; its text was read as {encoding}.',
  'import.warn.unknownCpg':
    'The .cpg of “{file}” names the unsupported encoding “{cpg}”; its text was read as UTF-8.',
  'import.warn.shpJoined': '“{file}” holds {count} Shapefiles ({names}), opened together as one layer.',
  'import.warn.shpEachCrs':
    '“{file}”: its .shp files are in different coordinate systems; each was brought to WGS 84 by its own .prj ({list}).',
  'import.warn.shpLeftNoPrj':
    '“{file}”: left out {names}: {count, plural, one {it has} other {they have}} no .prj, so {count, plural, one {its} other {their}} coordinate system is unknown; opened {kept}, with a .prj. To see {count, plural, one {it} other {them}}, import {count, plural, one {it} other {each}} on its own: unzip, then choose its .shp, .dbf and .shx together (the page will ask for the coordinate system), or put them in a zip of their own.',
  'import.warn.outOfRange':
    '{count, plural, one {# feature} other {# features}} in “{file}” {count, plural, one {has} other {have}} coordinates outside longitude/latitude range and {count, plural, one {has} other {have}} no location.',
  'import.warn.nullGeometries':
    '{count, plural, one {# feature} other {# features}} in “{file}” {count, plural, one {has} other {have}} no valid location.',
  'import.warn.droppedParts':
    '{count, plural, one {# shape} other {# shapes}} in “{file}” cannot be drawn (a line of one point or an area of fewer than three) and {count, plural, one {was} other {were}} left out.',
  'import.crs.ask':
    'The coordinates in “{file}” are planar (metres) and the file does not say in which system. Choose one:',
  'import.crs.vn2000-tm3-10545': 'VN-2000 / TM-3, central meridian 105°45′ (Bình Dương)',
  'import.crs.vn2000-utm48': 'VN-2000 / UTM zone 48N',
  'import.crs.wgs84-utm48': 'WGS 84 / UTM zone 48N',
  'import.privacy': 'Files are read in your browser and are not sent anywhere.',
} as const satisfies Record<keyof typeof importVi, string>;

export type ImportMessageKey = keyof typeof importVi;
