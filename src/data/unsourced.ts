// A feature no source supports (the reference gives ĐT741 and ĐT744 no source at all): the map, the
// legend and the info panel show it as an unsourced sketch, never like a sourced line.

/** True when the feature's `sources` property is missing or blank. */
export function isUnsourced(properties: Record<string, unknown> | null | undefined): boolean {
  const s = properties?.sources;
  return typeof s !== 'string' || s.trim() === '';
}
