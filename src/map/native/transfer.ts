// MapLibre copies GeoJSON source data to its worker with its own serializer, which looks up each
// object's constructor in a class registry: the null-prototype property objects the data boundary
// makes (src/data/boundary/properties.ts) have none and fail with "reading '_classRegistryKey'".
// So the copy handed to MapLibre gets ordinary objects. A key named `__proto__` is left out of
// this render copy (the worker would assign it, and so set the copy's prototype); the feature in
// the app's store keeps it, and the info panel and exports read from there.

/** A deep copy of a JSON-like value whose objects have Object.prototype (see above). */
export function forMapLibre(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forMapLibre);
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && proto !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    out[key] = forMapLibre((value as Record<string, unknown>)[key]);
  }
  return out;
}

/** The collection with every feature's properties as ordinary objects. */
export function collectionForMapLibre(data: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  return {
    ...data,
    features: data.features.map((f) => ({
      ...f,
      properties: f.properties ? (forMapLibre(f.properties) as GeoJSON.GeoJsonProperties) : f.properties,
    })),
  };
}
