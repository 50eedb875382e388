// Font stacks of the map's labels: glyph PBFs generated at build time by tiles/glyphs.ts from the
// bundled Noto Sans into tiles/build/fonts/<stack>/<range>.pbf (no network, no system fonts).
export const FONT_REGULAR = 'NotoSans-Regular';
export const FONT_BOLD = 'NotoSans-Bold';

/** The style's `glyphs` template, relative to style.json. */
export const GLYPHS_PATH = 'fonts/{fontstack}/{range}.pbf';
