// Messages of the analysis of an imported layer of lines or polygons (issue 10 §1): within X km of
// a corridor, area per district. Vietnamese first; the English table has the same keys.

export const userAnalysisVi = {
  'userAnalysis.within.title': 'Đối tượng trong phạm vi của một tuyến',
  'userAnalysis.within.corridor': 'Tuyến',
  'userAnalysis.within.any': 'bất kỳ tuyến nào',
  'userAnalysis.within.km': 'Phạm vi (km)',
  'userAnalysis.within.run': 'Tìm',
  'userAnalysis.within.aria': 'Tìm các đối tượng của lớp {title} trong phạm vi đã nhập của tuyến đã chọn',
  'userAnalysis.within.badKm':
    'Hãy nhập phạm vi là số km lớn hơn 0, tối đa 200: ghi chú cạnh ô “Phạm vi (km)” nói điều chưa đúng.',
  'userAnalysis.within.count': '{shown} / {total} đối tượng cách {corridor} không quá {km} km',
  'userAnalysis.within.anyCorridor': 'một tuyến bất kỳ',
  'userAnalysis.within.zoneOnMap':
    'Vùng tô xanh trên bản đồ: trong {km} km quanh {corridor}. Vùng chỉ vẽ gần đúng; danh sách theo khoảng cách chính xác.',
  'userAnalysis.within.allCorridors': 'mọi tuyến',
  'userAnalysis.within.row': '{feature}: {km} km',
  'userAnalysis.within.rowAny': '{feature}: cách {corridor} {km} km',
  'userAnalysis.within.more': 'và {count} đối tượng khác',
  'userAnalysis.within.export': 'Tải CSV ({count} dòng)',
  'userAnalysis.onMap': 'Chỉ hiện {count} đối tượng này trên bản đồ',
  'userAnalysis.within.rule':
    'Khoảng cách là khoảng cách ngắn nhất giữa đối tượng và tuyến (bằng 0 khi chúng cắt nhau hoặc tuyến nằm trong vùng).',
  'userAnalysis.areas.title': 'Diện tích vùng theo huyện / thành phố',
  'userAnalysis.areas.run': 'Tính diện tích theo huyện',
  'userAnalysis.areas.aria': 'Tính diện tích theo huyện / thành phố của các vùng thuộc lớp {title}',
  'userAnalysis.areas.caption': 'Diện tích vùng của “{title}” theo huyện / thành phố',
  'userAnalysis.areas.district': 'Huyện / thành phố',
  'userAnalysis.areas.area': 'Diện tích (ha)',
  'userAnalysis.areas.share': 'Tỷ lệ diện tích của lớp',
  'userAnalysis.areas.polygons': 'Số vùng có phần trong đó',
  'userAnalysis.areas.outside': 'Ngoài các huyện / thành phố',
  'userAnalysis.areas.total': 'Cả lớp',
  'userAnalysis.areas.note':
    'Mỗi vùng được cắt theo ranh giới từng huyện (giai đoạn 2020 – giữa năm 2025); diện tích trên mặt cầu (Turf; ở vĩ độ này lớn hơn diện tích trên ellipsoid khoảng 0,4 %). Vùng chồng lên nhau được tính mỗi lần.',
  'userAnalysis.areas.none': 'Lớp này không có vùng (đa giác) nào để tính diện tích.',
  'userAnalysis.notPolygons': '{count} đối tượng không phải vùng (điểm, đường) không được tính.',
  'userAnalysis.unusable': '{count} đối tượng không có hình học dùng được nên bị bỏ qua.',
  'userAnalysis.running': 'Đang tính…',
  'userAnalysis.notReady':
    'Lớp tuyến giao thông hoặc ranh giới huyện chưa tải xong. Hãy thử lại sau giây lát.',
  // A large layer (binary chunks) is measured part by part.
  'userAnalysis.big.progress': 'Đã tính {done} / {total} phần của lớp',
  'userAnalysis.big.cancelled': 'Đã huỷ phép tính; chưa có kết quả.',
  'userAnalysis.big.cancelledKept': 'Đã huỷ phép tính; kết quả bên dưới là của lần tính trước.',
  'userAnalysis.big.cancel': 'Huỷ',
  // The nearest corridor of each point of a large layer: a summary and a CSV, not one row per point.
  'userAnalysis.big.nearest.count': 'Đã tìm tuyến gần nhất cho {count} điểm.',
  'userAnalysis.big.nearest.byCorridor': 'Số điểm theo tuyến',
  'userAnalysis.big.nearest.corridorRow': '{corridor}: {count} điểm',
  'userAnalysis.big.nearest.first': '{shown} điểm đầu tiên của lớp:',
  'userAnalysis.big.nearest.onMapNoteSample':
    'Đường đỏ trên bản đồ: từ một trong mỗi {step} điểm ({lines} trong số {count}) đến điểm gần nhất của tuyến, nơi có chấm đỏ; các điểm khác vẫn được vẽ nhưng không có đường nối.',
  'userAnalysis.big.nearest.export': 'Tải CSV tuyến gần nhất ({count} dòng)',
  'userAnalysis.big.nearest.csv.feature': 'Đối tượng số',
  'userAnalysis.big.nearest.csv.corridorId': 'Mã tuyến',
  'userAnalysis.big.nearest.csv.corridor': 'Tuyến',
  'userAnalysis.big.nearest.csv.km': 'Khoảng cách (km)',
  'userAnalysis.big.nearest.rule':
    'Chỉ tính các đối tượng dạng điểm (Point), như với lớp nhỏ; khoảng cách là khoảng cách ngắn nhất tới tuyến.',
} as const;

export const userAnalysisEn = {
  'userAnalysis.within.title': 'Features within reach of a corridor',
  'userAnalysis.within.corridor': 'Corridor',
  'userAnalysis.within.any': 'any corridor',
  'userAnalysis.within.km': 'Within (km)',
  'userAnalysis.within.run': 'Find',
  'userAnalysis.within.aria':
    'Find the features of the layer {title} within the distance entered of the chosen corridor',
  'userAnalysis.within.badKm':
    'Enter the distance as a number of km, more than 0 and at most 200: the note beside “Within (km)” says what is wrong.',
  'userAnalysis.within.count':
    '{shown} of {total, plural, one {# feature} other {# features}} within {km} km of {corridor}',
  'userAnalysis.within.anyCorridor': 'any corridor',
  'userAnalysis.within.zoneOnMap':
    'Shaded blue on the map: within {km} km of {corridor}. The band is drawn approximately; the list follows the exact distances.',
  'userAnalysis.within.allCorridors': 'every corridor',
  'userAnalysis.within.row': '{feature}: {km} km',
  'userAnalysis.within.rowAny': '{feature}: {km} km from {corridor}',
  'userAnalysis.within.more': 'and {count} more features',
  'userAnalysis.within.export': 'Download CSV ({count, plural, one {# row} other {# rows}})',
  'userAnalysis.onMap': 'Show only {count, plural, one {this feature} other {these # features}} on the map',
  'userAnalysis.within.rule':
    'The distance is the shortest between the feature and the corridor (0 when they cross or the corridor runs inside the polygon).',
  'userAnalysis.areas.title': 'Polygon area per district',
  'userAnalysis.areas.run': 'Area per district',
  'userAnalysis.areas.aria': 'Area per district of the polygons of the layer {title}',
  'userAnalysis.areas.caption': 'Polygon area of “{title}” per district',
  'userAnalysis.areas.district': 'District',
  'userAnalysis.areas.area': 'Area (ha)',
  'userAnalysis.areas.share': 'Share of the layer’s area',
  'userAnalysis.areas.polygons': 'Polygons with a part in it',
  'userAnalysis.areas.outside': 'Outside the districts',
  'userAnalysis.areas.total': 'Whole layer',
  'userAnalysis.areas.note':
    'Each polygon is cut along each district boundary (2020 – mid-2025); areas on a sphere (Turf; at this latitude about 0.4 % above the ellipsoid’s). Overlapping polygons count each time.',
  'userAnalysis.areas.none': 'This layer has no polygons to measure.',
  'userAnalysis.notPolygons':
    '{count, plural, one {# feature that is not a polygon (point, line) is} other {# features that are not polygons (points, lines) are}} not counted.',
  'userAnalysis.unusable':
    '{count, plural, one {# feature without a usable geometry was} other {# features without a usable geometry were}} left out.',
  'userAnalysis.running': 'Computing…',
  'userAnalysis.notReady':
    'The corridors or district boundaries have not finished loading. Try again in a moment.',
  'userAnalysis.big.progress': 'Measured {done} of {total} parts of the layer',
  'userAnalysis.big.cancelled': 'Cancelled; no result.',
  'userAnalysis.big.cancelledKept': 'Cancelled; the result below is from the previous run.',
  'userAnalysis.big.cancel': 'Cancel',
  'userAnalysis.big.nearest.count':
    'The nearest corridor of {count, plural, one {# point} other {# points}} was found.',
  'userAnalysis.big.nearest.byCorridor': 'Points per corridor',
  'userAnalysis.big.nearest.corridorRow': '{corridor}: {count, plural, one {# point} other {# points}}',
  'userAnalysis.big.nearest.first': 'The layer’s first {shown} points:',
  'userAnalysis.big.nearest.onMapNoteSample':
    'Red lines on the map: from one point in every {step} ({lines} of {count}) to the nearest point of its corridor, marked by a red dot; the other points are drawn without a line.',
  'userAnalysis.big.nearest.export':
    'Download the nearest corridors as CSV ({count, plural, one {# row} other {# rows}})',
  'userAnalysis.big.nearest.csv.feature': 'Feature no.',
  'userAnalysis.big.nearest.csv.corridorId': 'Corridor id',
  'userAnalysis.big.nearest.csv.corridor': 'Corridor',
  'userAnalysis.big.nearest.csv.km': 'Distance (km)',
  'userAnalysis.big.nearest.rule':
    'Only point features (Point) are answered, as for a small layer; the distance is the shortest to the corridor.',
} satisfies Record<keyof typeof userAnalysisVi, string>;
