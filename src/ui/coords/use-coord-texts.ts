// Points as text in the chosen coordinate system. WGS 84 is formatted at once; VN-2000 needs proj4,
// loaded the first time someone chooses it (its own chunk), meanwhile `state` is 'loading'. A failed
// load (offline after an update) falls back to WGS 84 and says so ('failed').
import { useEffect, useState } from 'react';
import { formatLatLon } from '../../i18n/coords';
import type { LngLat } from '../../state/analysis';
import { useCoordSystem } from '../../state/coord-system';
import { useLanguage } from '../../state/language';

type Vn2000Module = typeof import('./vn2000');
let loaded: Vn2000Module | null = null;
let loading: Promise<Vn2000Module> | null = null;

export function loadVn2000(): Promise<Vn2000Module> {
  loading ??= import('./vn2000').then(
    (m) => {
      loaded = m;
      return m;
    },
    (err: unknown) => {
      loading = null; // a later choice tries again
      throw err;
    },
  );
  return loading;
}

export interface CoordTexts {
  texts: string[];
  system: 'wgs84' | 'vn2000';
  state: 'ready' | 'loading' | 'failed';
}

export function useCoordTexts(points: readonly LngLat[]): CoordTexts {
  const system = useCoordSystem((s) => s.system);
  const lang = useLanguage((s) => s.lang);
  const [module, setModule] = useState<Vn2000Module | null>(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (system !== 'vn2000' || module) return;
    let live = true;
    setFailed(false);
    loadVn2000().then(
      (m) => live && setModule(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [system, module]);
  if (system === 'vn2000' && module) {
    return {
      texts: points.map(([lon, lat]) => module.formatVn2000Point(lon, lat, lang)),
      system,
      state: 'ready',
    };
  }
  const texts = points.map(([lon, lat]) => formatLatLon(lat, lon, lang));
  if (system === 'wgs84') return { texts, system, state: 'ready' };
  return { texts, system: 'wgs84', state: failed ? 'failed' : 'loading' };
}
