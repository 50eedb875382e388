// Fetches and checks catalog.json, the pipeline's list of layers. A malformed catalog becomes one
// CatalogError whose message says what is wrong, rather than "undefined" further down.

import { isHtmlPage, LoadError, type LoadErrorKind } from './load-error';
import { type Bbox, type Catalog, type CatalogLayer, LAYER_IDS, type LayerId } from './schema';

export class CatalogError extends LoadError {
  override name = 'CatalogError';
  constructor(message: string, kind: LoadErrorKind = 'format') {
    super(kind, message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkBbox(v: unknown, where: string): Bbox {
  if (
    !Array.isArray(v) ||
    v.length !== 4 ||
    !v.every((n) => typeof n === 'number' && Number.isFinite(n)) ||
    v[0] > v[2] ||
    v[1] > v[3]
  ) {
    throw new CatalogError(`${where} is not a [west, south, east, north] bounding box.`);
  }
  return [v[0], v[1], v[2], v[3]];
}

function checkString(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new CatalogError(`${where} is not a string.`);
  return v;
}

function checkLayer(v: unknown, index: number): CatalogLayer {
  const where = `layers[${index}]`;
  if (!isObject(v)) throw new CatalogError(`${where} is not an object.`);
  const id = v.id;
  if (typeof id !== 'string' || !(LAYER_IDS as readonly string[]).includes(id)) {
    throw new CatalogError(`${where}.id "${String(id)}" is not one of ${LAYER_IDS.join(', ')}.`);
  }
  const title = v.title;
  if (!isObject(title) || typeof title.vi !== 'string' || typeof title.en !== 'string') {
    throw new CatalogError(`${where}.title must have "vi" and "en" strings.`);
  }
  const count = v.feature_count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
    throw new CatalogError(`${where}.feature_count is not a whole number.`);
  }
  const description = v.description;
  if (
    description !== undefined &&
    (!isObject(description) || typeof description.vi !== 'string' || typeof description.en !== 'string')
  ) {
    throw new CatalogError(`${where}.description must have "vi" and "en" strings.`);
  }
  const file = checkString(v.file, `${where}.file`);
  if (file === '') throw new CatalogError(`${where}.file is empty.`);
  return {
    id: id as LayerId,
    title: { vi: title.vi, en: title.en },
    geometry_type: checkString(v.geometry_type, `${where}.geometry_type`),
    file,
    feature_count: count,
    bbox: checkBbox(v.bbox, `${where}.bbox`),
    attribution: checkString(v.attribution ?? '', `${where}.attribution`),
    licence: checkString(v.licence ?? '', `${where}.licence`),
    ...(v.attribution_vi !== undefined
      ? { attribution_vi: checkString(v.attribution_vi, `${where}.attribution_vi`) }
      : {}),
    ...(v.licence_vi !== undefined ? { licence_vi: checkString(v.licence_vi, `${where}.licence_vi`) } : {}),
    ...(description ? { description: { vi: String(description.vi), en: String(description.en) } } : {}),
    built_at: checkString(v.built_at ?? '', `${where}.built_at`),
  };
}

/** Checks the shape of a parsed catalog.json. Throws CatalogError naming the first problem. */
export function validateCatalog(data: unknown): Catalog {
  if (!isObject(data)) throw new CatalogError('The catalog is not a JSON object.');
  if (data.version !== 1) throw new CatalogError(`Unsupported catalog version ${String(data.version)}.`);
  if (!Array.isArray(data.layers)) throw new CatalogError('The catalog has no "layers" list.');
  const layers = data.layers.map(checkLayer);
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.id)) throw new CatalogError(`Layer "${l.id}" appears twice.`);
    seen.add(l.id);
  }
  return {
    version: 1,
    built_at: checkString(data.built_at ?? '', 'built_at'),
    input_hash: checkString(data.input_hash ?? '', 'input_hash'),
    province_bbox: checkBbox(data.province_bbox, 'province_bbox'),
    layers,
  };
}

/** Fetches and validates the catalog at `url`. */
export async function fetchCatalog(url: URL | string, signal?: AbortSignal): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    throw new CatalogError(`Could not fetch ${String(url)}: ${(err as Error).message}`, 'network');
  }
  if (!response.ok) {
    throw new CatalogError(
      `${String(url)} answered HTTP ${response.status}. Has the data been built?`,
      'http',
    );
  }
  if (isHtmlPage(response)) {
    throw new CatalogError(
      `${String(url)} answered with an HTML page, not the catalog. Has the data been built?`,
      'http',
    );
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new CatalogError(`${String(url)} is not valid JSON.`);
  }
  return validateCatalog(data);
}
