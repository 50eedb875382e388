// Test helper (imported only by tests): analysis results on the synthetic layers of the core's tests.
import { districtAreas } from '../../analysis/areas';
import { measureGeometry } from '../../analysis/measure';
import { parkProximity } from '../../analysis/proximity';
import type { AnalysisResult } from '../../analysis/result';
import { syntheticContext, syntheticLayers } from '../../analysis/test-fixtures';
import { whereAmI } from '../../analysis/where';
import { withinDistance } from '../../analysis/within';

export const ctx = syntheticContext();
export const layers = syntheticLayers();

export function unwrap<T>(r: AnalysisResult<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

export const areas = () => unwrap(districtAreas(ctx));
export const nearest = () => unwrap(parkProximity(ctx));
export const within = (km = 5) => unwrap(withinDistance(ctx, { target: { type: 'corridor', id: 'e1' }, km }));
export const where = () => unwrap(whereAmI(ctx, [106.56, 11.07]));
export const measureLine = () =>
  unwrap(
    measureGeometry({
      type: 'LineString',
      coordinates: [
        [106.5, 11],
        [106.6, 11],
      ],
    }),
  );
