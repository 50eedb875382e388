import type { StyleSpecification } from 'maplibre-gl';

/** A plain background: the map still works (data layers on blank ground) if the basemap fails. */
export const FALLBACK_STYLE: StyleSpecification = {
  version: 8,
  // As the basemap's style (tiles/basemap.ts): paint changes apply at once.
  transition: { duration: 0, delay: 0 },
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1ec' } }],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Makes the style's relative URLs absolute against the style's own URL: GeoJSON `data` strings,
 * TileJSON `url`, `tiles` templates, and the sprite and glyphs, if any.
 */
export function absolutizeStyle(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const abs = (rel: string) => {
    // Leave tile templates' braces readable: URL() would percent-encode them.
    return new URL(rel, styleUrl).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
  };
  const sources: Record<string, unknown> = {};
  for (const [id, source] of Object.entries(style.sources ?? {})) {
    const s = { ...(source as unknown as Record<string, unknown>) };
    if (s.type === 'geojson' && typeof s.data === 'string') s.data = abs(s.data);
    if (typeof s.url === 'string') s.url = abs(s.url);
    if (Array.isArray(s.tiles)) s.tiles = s.tiles.map((t) => (typeof t === 'string' ? abs(t) : t));
    sources[id] = s;
  }
  const out = { ...style, sources } as StyleSpecification;
  if (typeof out.sprite === 'string') out.sprite = abs(out.sprite);
  if (typeof out.glyphs === 'string') out.glyphs = abs(out.glyphs);
  return out;
}

export async function loadStyle(styleUrl: string, signal?: AbortSignal): Promise<StyleSpecification> {
  const res = await fetch(styleUrl, { signal });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${styleUrl}`);
  const json: unknown = await res.json();
  if (!isObject(json) || json.version !== 8 || !isObject(json.sources) || !Array.isArray(json.layers)) {
    throw new Error(`${styleUrl} is not a MapLibre style`);
  }
  return absolutizeStyle(json as unknown as StyleSpecification, styleUrl);
}
