import type { Layer } from '@deck.gl/core';
import type { Feature } from 'geojson';
import { TEXT } from '../colors';
import { anchorOf, type BuildContext, type Label, nameOf, textLayer } from './common';

/** The province the app is about; its name is the app's title, so its label gives way to districts. */
export const HOME_PROVINCE_CODE = '74';

/**
 * Province and district names from tiles/labels.geojson. District labels that the districts layer
 * draws itself (same code) are skipped while that layer is visible.
 */
export function basemapLabelLayers(
  labels: Feature[],
  ctx: BuildContext,
  skipCodes: ReadonlySet<string>,
): Layer[] {
  if (!ctx.fontsReady || labels.length === 0) return [];
  const provinces: Label[] = [];
  const districts: Label[] = [];
  for (const f of labels) {
    const p = f.properties ?? {};
    const code = String(p.code ?? '');
    const text = nameOf(f, ctx.lang);
    const position = anchorOf(f);
    if (!text || !position) continue;
    if (p.level === 'province') {
      if (code === HOME_PROVINCE_CODE && skipCodes.size > 0) continue;
      provinces.push({ position, text, id: code });
    } else if (!skipCodes.has(code)) {
      districts.push({ position, text, id: code });
    }
  }
  const out: (Layer | null)[] = [];
  if (ctx.zoom < 11) {
    out.push(
      textLayer('basemap-province-labels', provinces, {
        getSize: 14,
        fontWeight: 700,
        getColor: [100, 116, 139, 235],
      }),
    );
  }
  if (ctx.zoom >= 9.5) {
    out.push(
      textLayer('basemap-district-labels', districts, {
        getSize: 11,
        getColor: [TEXT[0], TEXT[1], TEXT[2], 150],
      }),
    );
  }
  return out.filter((l): l is Layer => l !== null);
}

/** Label points by district code, to place the districts layer's own labels. */
export function labelPointsByCode(labels: Feature[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of labels) {
    const code = f.properties?.code;
    const pos = anchorOf(f);
    if (f.properties?.level === 'district' && code !== undefined && pos) out.set(String(code), pos);
  }
  return out;
}
