// Which map a piece of state belongs to (issue 8 §6). One map: 'single'. In a comparison (swipe or
// side by side) there are two: 'left' (the first, also the one shown before a comparison starts)
// and 'right'. Per-side state (visible layers, year) is looked up by this key; state without a side
// (filters, opacity, choropleth) applies to both maps.
export const MAP_SIDES = ['single', 'left', 'right'] as const;
export type MapSide = (typeof MAP_SIDES)[number];
