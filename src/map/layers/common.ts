import { CollisionFilterExtension } from '@deck.gl/extensions';
import { TextLayer, type TextLayerProps } from '@deck.gl/layers';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Geometry } from 'geojson';
import type { Language } from '../../state/language';
import { HALO, TEXT } from '../colors';

export const FONT_FAMILY = '"Noto Sans", sans-serif';

export interface BuildContext {
  lang: Language;
  zoom: number;
  /** False until Noto Sans is loaded; text layers are not built before then. */
  fontsReady: boolean;
  selectedId: string | null;
}

export type AnyFeature = Feature<Geometry, Record<string, unknown>>;

export const featureId = (f: Feature): string => String(f.properties?.id ?? '');

export function nameOf(f: Feature, lang: Language): string {
  const p = f.properties ?? {};
  const vi = typeof p.name_vi === 'string' ? p.name_vi : '';
  const en = typeof p.name_en === 'string' ? p.name_en : '';
  return lang === 'en' ? en || vi : vi || en;
}

export interface Label {
  position: [number, number];
  text: string;
  id: string;
}

/** A point inside each feature (cached per feature object), for labels. */
const anchors = new WeakMap<Feature, [number, number]>();
export function anchorOf(f: Feature): [number, number] | null {
  const cached = anchors.get(f);
  if (cached) return cached;
  if (!f.geometry) return null;
  let out: [number, number] | null = null;
  if (f.geometry.type === 'Point') {
    out = [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!];
  } else {
    try {
      const p = pointOnFeature(f as Feature<Geometry>).geometry.coordinates;
      out = [p[0]!, p[1]!];
    } catch {
      out = null;
    }
  }
  if (out) anchors.set(f, out);
  return out;
}

const collision = new CollisionFilterExtension();

/**
 * Small labels (parks, places) as white chips, crisp at 11–12 px where an SDF halo blurs, and
 * thinned by collision so crowded clusters show the higher-priority names only.
 */
export function chipTextLayer(
  id: string,
  data: Label[],
  props: Partial<TextLayerProps<Label>> = {},
): TextLayer<Label> | null {
  return textLayer(id, data, {
    fontSettings: { sdf: false, fontSize: 48, buffer: 10 },
    outlineWidth: 0,
    background: true,
    getBackgroundColor: [255, 255, 255, 215],
    backgroundPadding: [4, 2],
    backgroundBorderRadius: 3,
    extensions: [collision],
    collisionGroup: 'small-labels',
    collisionTestProps: { sizeScale: 1.1 },
    ...props,
  } as Partial<TextLayerProps<Label>>);
}

export function textLayer(
  id: string,
  data: Label[],
  props: Partial<TextLayerProps<Label>> = {},
): TextLayer<Label> | null {
  // An empty TextLayer builds an empty font atlas, which WebGL warns about.
  if (data.length === 0) return null;
  return new TextLayer<Label>({
    id,
    data,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 13,
    sizeUnits: 'pixels',
    getColor: TEXT,
    fontFamily: FONT_FAMILY,
    fontWeight: 400,
    characterSet: 'auto',
    // Room above the cap height for stacked Vietnamese diacritics (ệ, ộ, ữ).
    fontSettings: { sdf: true, fontSize: 64, buffer: 12, radius: 12 },
    lineHeight: 1.3,
    outlineWidth: 0.25,
    outlineColor: HALO,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    pickable: false,
    parameters: { depthCompare: 'always' },
    ...props,
  });
}
