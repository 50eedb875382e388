// Messages of "Colour by" in an imported layer's row (colour an imported layer by one of its
// columns). Vietnamese first; the English table has exactly the same keys (type-checked below).
// Spread into vi-lazy.ts and en.ts.

export const colorByVi = {
  'userLayers.colorBy': 'Tô màu theo',
  'userLayers.colorBy.aria': 'Tô màu theo (lớp {title})',
  'userLayers.colorBy.none': 'Một màu',
  'userLayers.colorBy.categories': '{field} (phân loại)',
  'userLayers.colorBy.classes': '{field} (số, tối đa 5 lớp)',
  'userLayers.colorBy.many': '{field} (hơn {limit} giá trị)',
  'userLayers.colorBy.manyWhy': 'Vì sao có cột không chọn được?',
  'userLayers.colorBy.manyNote':
    'Cột chữ có hơn {limit} giá trị khác nhau không tô màu được: nhiều màu như vậy không còn phân biệt được (nhất là với người mù màu).',
  'userLayers.colorBy.manySearch':
    'Để tìm các đối tượng có một giá trị của cột đó, hãy gõ giá trị vào ô tìm kiếm của bảng thuộc tính.',
  'userLayers.colorBy.loading': 'Tô màu theo cột được khi lớp đã tải xong.',
  'userLayers.colorBy.structured': '{field} (danh sách hoặc đối tượng)',
  'userLayers.colorBy.structuredNote':
    'Cột chứa danh sách hoặc đối tượng (như các byte của một cột nhị phân, hay đối tượng JSON) không tô màu được: mỗi giá trị không phải là một chữ hay một số.',
};

export const colorByEn: Record<keyof typeof colorByVi, string> = {
  'userLayers.colorBy': 'Colour by',
  'userLayers.colorBy.aria': 'Colour by (layer {title})',
  'userLayers.colorBy.none': 'One colour',
  'userLayers.colorBy.categories': '{field} (categories)',
  'userLayers.colorBy.classes': '{field} (numbers, up to 5 classes)',
  'userLayers.colorBy.many': '{field} (over {limit} values)',
  'userLayers.colorBy.manyWhy': 'Why can some columns not be chosen?',
  'userLayers.colorBy.manyNote':
    'A text column of more than {limit} different values cannot be coloured: that many colours can no longer be told apart (least of all by colour-blind readers).',
  'userLayers.colorBy.manySearch':
    'To find the features with a value of that column, type the value into the attribute table’s search box.',
  'userLayers.colorBy.loading': 'A layer can be coloured by a column once it has finished loading.',
  'userLayers.colorBy.structured': '{field} (lists or objects)',
  'userLayers.colorBy.structuredNote':
    'A column of lists or objects (such as a binary column’s bytes, or JSON objects) cannot be coloured: its values are not single texts or numbers.',
};
