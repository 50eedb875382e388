// Attribute objects as they enter the app: text in NFC, keys that cannot reach a prototype.

/**
 * Text normalised to NFC. NFC is canonically equivalent to the input (the same text, not an
 * alteration), and the form labels, fonts and search expect: decomposed Vietnamese (NFD, as some
 * macOS tools write it) shows detached accents and does not match a typed query.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * A deep copy of a JSON-like value with every string (and key) in NFC and every object
 * null-prototyped, so a key named `__proto__` or `constructor` is an ordinary key that keeps its
 * value. Bytes (a Uint8Array: what the readers give for FlatGeobuf's Binary columns) become an array
 * of their numbers, as the large-layer decoder gives them: kept as they were, MapLibre's worker
 * messages transferred their buffer away (detached: the info panel then failed on them) and JSON,
 * so every export and the stored layer, wrote them as `{}`. Other non-plain objects are kept.
 */
export function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(safeValue);
  if (value instanceof Uint8Array) return Array.from(value);
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    return safeProperties(value as Record<string, unknown>);
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A property object as above: own enumerable keys only, in order, NFC keys and values. */
export function safeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(properties)) {
    // Two keys that differ only in normalisation keep both values: the second keeps its spelling.
    const name = Object.hasOwn(out, nfc(key)) ? key : nfc(key);
    // defineProperty, not assignment: even on a normal object `__proto__` then stays a plain key.
    Object.defineProperty(out, name, {
      value: safeValue(properties[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
