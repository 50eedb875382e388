import type { Feature } from 'geojson';
import { anchorOf } from './anchor';

/** Label points of tiles/labels.geojson by district code ([lon, lat]), to place district names. */
export function labelPointsByCode(labels: Feature[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of labels) {
    const code = f.properties?.code;
    const pos = anchorOf(f);
    if (f.properties?.level === 'district' && code !== undefined && pos) out.set(String(code), pos);
  }
  return out;
}
