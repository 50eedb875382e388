// Layer panel (issue 8 §2): reordering by drag and keyboard, its screen-reader announcements, and
// the legend's counts and classes. Vietnamese first; the English table has exactly the same keys.

export const layersVi = {
  'layerOrder.handle': 'Đổi thứ tự lớp “{title}”',
  'layerOrder.roleDescription': 'lớp sắp xếp được',
  'layerOrder.instructions':
    'Để đổi thứ tự vẽ, nhấn Space hoặc Enter để nhấc lớp lên, dùng phím mũi tên lên hoặc xuống để di chuyển, nhấn Space hoặc Enter để thả, Escape để huỷ. Lớp ở trên cùng danh sách được vẽ trên cùng.',
  'layerOrder.start': 'Đã nhấc lớp “{title}”, vị trí {position} trên {count}.',
  'layerOrder.over': 'Lớp “{title}” đang ở vị trí {position} trên {count}.',
  'layerOrder.end': 'Đã thả lớp “{title}” ở vị trí {position} trên {count}.',
  'layerOrder.cancel': 'Đã huỷ. Lớp “{title}” trở về vị trí {position} trên {count}.',
  'legend.count': '{count} đối tượng trên bản đồ',
  'legend.class.first': '≤ {max}',
  'legend.class.range': '{min} – {max}',
  'legend.class.one': '{max}',
  'legend.class.above': 'trên {min} đến {max}',
  'legend.class.last': '> {min}',
  'legend.missing': 'Không có số liệu',
  'legend.all': 'Mọi đối tượng',
  'legend.counted': '{label} ({count})',
  // The curated layers' names and legend words.
  'layer.context': 'Ranh giới lân cận',
  'layer.districts': 'Đơn vị hành chính cấp huyện',
  'layer.corridors': 'Hành lang giao thông',
  'layer.parks': 'Khu công nghiệp',
  'layer.places': 'Địa điểm',
  'legend.context': 'Ranh giới tỉnh và huyện lân cận',
  'legend.districts': 'Ranh giới thành phố, huyện',
  'legend.point': 'Chưa có ranh giới (điểm)',
  'legend.unsourced': 'Phác hoạ không có nguồn',
} as const;

export const layersEn = {
  'layerOrder.handle': 'Reorder layer “{title}”',
  'layerOrder.roleDescription': 'sortable layer',
  'layerOrder.instructions':
    'To change the drawing order, press Space or Enter to pick the layer up, use the up and down arrow keys to move it, Space or Enter to drop it, Escape to cancel. The layer at the top of the list is drawn on top.',
  'layerOrder.start': 'Picked up layer “{title}”, position {position} of {count}.',
  'layerOrder.over': 'Layer “{title}” is at position {position} of {count}.',
  'layerOrder.end': 'Dropped layer “{title}” at position {position} of {count}.',
  'layerOrder.cancel': 'Cancelled. Layer “{title}” is back at position {position} of {count}.',
  'legend.count': '{count, plural, one {# feature} other {# features}} on the map',
  'legend.class.first': '≤ {max}',
  'legend.class.range': '{min} – {max}',
  'legend.class.one': '{max}',
  'legend.class.above': 'over {min} to {max}',
  'legend.class.last': '> {min}',
  'legend.missing': 'No data',
  'legend.all': 'Every feature',
  'legend.counted': '{label} ({count})',
  // The curated layers' names and legend words.
  'layer.context': 'Surrounding boundaries',
  'layer.districts': 'Districts and cities',
  'layer.corridors': 'Transport corridors',
  'layer.parks': 'Industrial parks',
  'layer.places': 'Places',
  'legend.context': 'Neighbouring province and district boundaries',
  'legend.districts': 'City and district boundaries',
  'legend.point': 'No outline yet (point)',
  'legend.unsourced': 'Unsourced sketch',
} as const satisfies Record<keyof typeof layersVi, string>;
