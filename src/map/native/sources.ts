// The GeoJSON sources the native layers read: the features the app already loaded, plus point
// sources for labels with their text precomputed in both languages (NFC) so a language switch is
// one layout change, not a data reload.

import type { Feature, FeatureCollection, Point } from 'geojson';
import { isUnsourced } from '../../data/unsourced';
import { anchorOf } from '../anchor';
import { corridorLabel, nameOf, shortDistrictName } from './text';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

const point = (position: [number, number], properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: position },
  properties,
});

/** Both languages of a feature's name, for `['get', 'label_vi' | 'label_en']`. */
const names = (f: Feature) => ({ label_vi: nameOf(f, 'vi'), label_en: nameOf(f, 'en') });

/** District names at the basemap's label points (else a point inside), with short forms. */
export function districtLabelPoints(
  districts: Feature[],
  labelPoints: ReadonlyMap<string, [number, number]>,
): FeatureCollection {
  const out: Feature[] = [];
  for (const f of districts) {
    const position = labelPoints.get(String(f.properties?.code)) ?? anchorOf(f);
    if (!position) continue;
    const n = names(f);
    out.push(
      point(position, {
        id: f.properties?.id,
        ...n,
        short_vi: shortDistrictName(n.label_vi),
        short_en: shortDistrictName(n.label_en),
      }),
    );
  }
  return collection(out);
}

/**
 * One label point per park, at a point inside its footprint; `known`: 'area' or 'point' (no outline).
 * The map now takes its label points from label-sources.ts (`labelData`, any layer); this park-only
 * form stays for its tests of anchor placement.
 */
export function parkLabelPoints(parks: Feature[]): FeatureCollection {
  const out: Feature[] = [];
  for (const f of parks) {
    const position = anchorOf(f);
    if (!position) continue;
    const known = f.geometry?.type === 'Point' ? 'point' : 'area';
    out.push(point(position, { id: f.properties?.id, status: f.properties?.status, known, ...names(f) }));
  }
  return collection(out);
}

/** Corridors with their line label (road number or short name) in both languages. */
export function corridorFeatures(corridors: Feature[]): FeatureCollection {
  return collection(
    corridors.map((f) => ({
      ...f,
      properties: {
        ...f.properties,
        label_vi: corridorLabel(f, 'vi'),
        label_en: corridorLabel(f, 'en'),
        // No source supports the line (ĐT741, ĐT744): drawn as a grey dotted sketch (shapes.ts).
        unsourced: isUnsourced(f.properties),
      },
    })),
  );
}

/**
 * Places with their names; places at the same point (within about 100 m: EIU hosts the
 * incubator and the FabLab) share one label, a line per place, instead of hiding each other.
 */
export function placeFeatures(places: Feature[]): FeatureCollection {
  const groups = new Map<string, string[][]>();
  const keyOf = (p: [number, number]) => `${p[0].toFixed(3)},${p[1].toFixed(3)}`;
  for (const f of places) {
    const p = anchorOf(f);
    if (!p) continue;
    const list = groups.get(keyOf(p)) ?? [];
    list.push([nameOf(f, 'vi'), nameOf(f, 'en')]);
    groups.set(keyOf(p), list);
  }
  const first = new Set<string>();
  const out: Feature[] = [];
  for (const f of places) {
    const p = anchorOf(f);
    if (!p) continue;
    const key = keyOf(p);
    const list = groups.get(key) ?? [];
    // The first place of a group carries the group's label; the others draw their dot only.
    const carries = !first.has(key);
    first.add(key);
    out.push(
      point(p, {
        ...f.properties,
        label_vi: carries ? list.map((n) => n[0]).join('\n') : '',
        label_en: carries ? list.map((n) => n[1]).join('\n') : '',
      }),
    );
  }
  return collection(out);
}

/** Province and neighbouring district names of tiles/labels.geojson, with both languages. */
export function basemapLabelFeatures(labels: Feature[]): FeatureCollection {
  return collection(
    labels.flatMap((f) => {
      const position = anchorOf(f);
      return position
        ? [
            point(position, {
              level: f.properties?.level,
              code: String(f.properties?.code ?? ''),
              ...names(f),
            }),
          ]
        : [];
    }),
  );
}
