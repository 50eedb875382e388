// Types and the error shared by the adapter's reader and writer.
import type { Feature, Geometry } from 'geojson';

/** Thrown for any file this module cannot read; `message` is fit to show a user. */
export class FlatGeobufError extends Error {
  override name = 'FlatGeobufError';
}

export interface LayerHeader {
  geometryType: string;
  featureCount: number | null;
  columns: { name: string; type: string }[];
  envelope: [number, number, number, number] | null;
  hasIndex: boolean;
  crs: string | null;
  title: string | null;
  description: string | null;
  metadata: string | null;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called once, before the first feature, with the file's header. */
  onHeader?: (header: LayerHeader) => void;
  /**
   * A feature without geometry (an attribute-only file, a null geometry): 'error' (the default)
   * stops with a FlatGeobufError saying so, since the viewer draws every feature; 'keep' returns it
   * with `geometry: null` (the return type then says so).
   */
  nullGeometry?: 'error' | 'keep';
}

/** A feature as read with `nullGeometry: 'keep'`. */
export type MaybeGeometryFeature = Feature<Geometry | null>;
export type KeepNull = ReadOptions & { nullGeometry: 'keep' };
