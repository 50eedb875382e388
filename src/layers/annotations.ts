// The annotations layer (issue 11 §1), described like any other layer: features handed over at run
// time (src/state/annotations.ts), coloured by each feature's `color` property, a palette colour.
// src/map/annotation-layer.ts draws it from this description through the same spec generator as
// the curated layers (nativeSpecs), shapes only: titles and notes are shown as text in the panel.

import { ANNOTATION_COLORS } from '../share/annotation-code';
import type { LayerDescription } from './description';

const byColor = {
  type: 'category',
  field: 'color',
  colors: Object.fromEntries(ANNOTATION_COLORS.map((c) => [c, c])),
  other: ANNOTATION_COLORS[0],
} as const;

export const ANNOTATIONS_DESCRIPTION: LayerDescription = {
  id: 'annotations',
  title: { vi: 'Chú thích', en: 'Annotations' },
  source: { type: 'features' },
  geometry: 'mixed',
  style: {
    fill: { color: byColor, opacity: 0.25 },
    line: { color: byColor, width: 2.5 },
    point: { color: byColor, radius: 6, strokeColor: '#ffffff' },
  },
  visible: true,
  opacity: 1,
};
