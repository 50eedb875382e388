// The investors' comparison sheet through the app's print layout: the map, moved for the capture
// to the compared parks (then put back where the user had it), above the comparison table.
import bbox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import type { Formatters } from '../i18n';
import { preparePrint } from './actions';
import { printWhenLoaded } from './PrintPanel';
import { getPrintMap } from './print-store';

/**
 * Captures the map framed on `parks` (features with a geometry; none: the current view) and opens
 * the browser's print with the 'comparison' job on A4 landscape. Rejects when the map is not there
 * or the image cannot be made; the view is restored either way.
 */
export async function printComparison(
  parks: Feature<Geometry | null>[],
  title: string,
  f: Formatters,
): Promise<void> {
  const map = getPrintMap();
  if (!map) throw new Error(f.t('print.noMap'));
  const located = parks.filter((p): p is Feature<Geometry> => p.geometry !== null);
  const before = map.getView();
  try {
    if (located.length > 0) {
      const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: located });
      // A small margin so single-point parks and the surroundings show.
      map.fitBounds([w - 0.02, s - 0.02, e + 0.02, n + 0.02], false);
    }
    await preparePrint(map, 'comparison', { paper: 'A4', orientation: 'landscape' }, title, f);
  } finally {
    map.setView(before);
  }
  await printWhenLoaded();
}
