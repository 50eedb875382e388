// Type declarations for parsers that ship none (only the functions the import uses).
declare module '@terraformer/wkt' {
  export function wktToGeoJSON(wkt: string): import('geojson').Geometry;
}
declare module 'shpjs' {
  export function parseShp(
    shp: ArrayBuffer | DataView | Uint8Array,
    prj?: string | false,
  ): (import('geojson').Geometry | null)[];
  export function parseDbf(dbf: ArrayBuffer | DataView | Uint8Array, cpg?: string): Record<string, unknown>[];
}
