// What the catalog says about each layer, in both languages: title, description, source and
// licence. Kept apart from the build (build-data.ts) so the words can be read and edited in one place.
import type { CatalogLayer, CuratedLayerId, LocalizedText } from '../src/data/schema.ts';
import { BOUNDARY_LICENCE } from './layers.ts';

const CURATED_ATTRIBUTION = 'Curated by the project from the public sources cited on each feature';
const CURATED_LICENCE = 'Project data; facts from the cited sources (each feature lists its URLs)';
const CURATED_ATTRIBUTION_VI = 'Dự án biên soạn từ các nguồn công khai ghi trên từng đối tượng';
const CURATED_LICENCE_VI =
  'Dữ liệu của dự án; số liệu theo các nguồn được trích (mỗi đối tượng ghi địa chỉ nguồn)';
const BOUNDARY_ATTRIBUTION_VI =
  'Ranh giới: gis.chinhphu.vn, trích xuất bởi daohoangson/dvhcvn (commit 4b1b6b5)';
const BOUNDARY_LICENCE_VI = 'GPL-3.0 (dvhcvn); ranh giới © Chính phủ Việt Nam';

const TITLES: Record<CuratedLayerId, LocalizedText> = {
  context: { vi: 'Ranh giới tỉnh và huyện lân cận', en: 'Neighbouring provinces and districts' },
  districts: {
    vi: 'Đơn vị hành chính cấp huyện (2020 – 6/2025)',
    en: 'District-level units (2020 – mid-2025)',
  },
  corridors: { vi: 'Hành lang giao thông và sông', en: 'Transport corridors and rivers' },
  parks: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
  places: { vi: 'Địa điểm đổi mới sáng tạo và logistics', en: 'Innovation and logistics places' },
};

/** A sentence per layer for the layer panel, from the README's Data table (what each layer is). */
const DESCRIPTIONS: Record<CuratedLayerId, LocalizedText> = {
  context: {
    vi: 'Ranh giới tỉnh và cấp huyện (2020–2021) của Bình Phước, Tây Ninh, Đồng Nai và TP. Hồ Chí Minh quanh Bình Dương.',
    en: 'Province and district boundaries (2020–2021) of Bình Phước, Tây Ninh, Đồng Nai and Hồ Chí Minh City around Bình Dương.',
  },
  districts: {
    vi: 'Các huyện, thị xã, thành phố của Bình Dương với diện tích, dân số chính thức và tên gọi đến giữa năm 2025.',
    en: "Bình Dương's districts, towns and cities with official areas, populations and names as of mid-2025.",
  },
  corridors: {
    vi: 'Đường bộ, đường sắt và sông chính; mỗi đối tượng ghi nguồn, ghi chú và độ tin cậy.',
    en: 'Main roads, railways and rivers; every feature keeps its sources, notes and confidence.',
  },
  parks: {
    vi: 'Khu công nghiệp đang hoạt động và quy hoạch; vị trí ước tính, mỗi khu ghi nguồn và độ tin cậy.',
    en: 'Operating and planned industrial parks; estimated locations, each with its sources and confidence.',
  },
  places: {
    vi: 'Địa điểm đổi mới sáng tạo và logistics; mỗi điểm ghi nguồn, ghi chú và độ tin cậy.',
    en: 'Innovation and logistics places; each keeps its sources, notes and confidence.',
  },
};

/** The catalog's descriptive fields of layer `id` (boundary-derived layers cite the boundary source). */
export function catalogText(
  id: CuratedLayerId,
): Pick<CatalogLayer, 'title' | 'attribution' | 'licence' | 'attribution_vi' | 'licence_vi' | 'description'> {
  const isBoundary = id === 'context' || id === 'districts';
  return {
    title: TITLES[id],
    attribution: isBoundary
      ? 'Boundaries: gis.chinhphu.vn, extracted by daohoangson/dvhcvn (commit 4b1b6b5)'
      : CURATED_ATTRIBUTION,
    licence: isBoundary ? BOUNDARY_LICENCE : CURATED_LICENCE,
    attribution_vi: isBoundary ? BOUNDARY_ATTRIBUTION_VI : CURATED_ATTRIBUTION_VI,
    licence_vi: isBoundary ? BOUNDARY_LICENCE_VI : CURATED_LICENCE_VI,
    description: DESCRIPTIONS[id],
  };
}
