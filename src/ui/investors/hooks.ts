// Shared selectors of the investors' components: district names by code, every park's view, the
// ids passing the explorer's filters (the same function the map's highlight uses).
import { useCallback, useMemo } from 'react';
import { useT } from '../../i18n';
import { passingParkIds } from '../../lib/park-explorer';
import { distancesById, useExplorer } from '../../state/explorer';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { type ParkView, parkViews } from './model';

export function useDistrictName(): (code: string) => string {
  const f = useT();
  const districts = useLayers((s) => s.layers.districts.features);
  return useCallback(
    (code: string) => {
      const d = districts.find((x) => String(x.properties?.code) === String(code));
      return d ? f.name(d.properties) : '';
    },
    [districts, f],
  );
}

/** Every park's view (layer order) and the ids passing the explorer's filters. */
export function useParkViews(): { views: ParkView[]; passing: Set<string> } {
  const features = useLayers((s) => s.layers.parks.features);
  const distances = useExplorer((s) => s.distances);
  const scores = useExplorer((s) => s.scores);
  const maxKm = useExplorer((s) => s.maxKm);
  const filter = useFilters(selectLayerFilter('parks'));
  return useMemo(() => {
    const byId = distancesById(distances);
    return {
      views: parkViews(features, byId, scores?.rows),
      passing: new Set(passingParkIds(features, filter, byId, maxKm)),
    };
  }, [features, distances, scores, maxKm, filter]);
}
