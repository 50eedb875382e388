// Filled at build time: scripts/lib/locale-split.ts moves vi.ts's keys of the panels that load on
// demand (analysis, feature details, …) here, out of the first chunk; vi-lazy.ts spreads this table.
// As written (tests, the type checker, node code) those keys stay in vi.ts and this table is empty.
export const viDeferred = {} as const;
