// Keys of issue 11 §1 (share) for URL_KEYS in url.ts: the selected feature (`sel=parks:vsip_1`) and
// the open analysis tab (`analysis=measure`). Annotations (`ann=`) have their own entry in
// src/share/annotation-url.ts. hash-reader.ts does the reading; a bad value is named in the notice.
import { isCuratedLayerId } from '../data/schema';
import { type Annotation, decodeAnnotations, encodeAnnotations } from '../share/annotation-code';
import { ANALYSIS_TABS, type AnalysisTab } from './analysis';
import type { HashKey } from './hash-reader';

export interface ShareUrlState {
  /** `sel=<layer>:<id>`: the selected feature of a curated layer (an imported one is not in the link). */
  sel?: { layerId: string; featureId: string };
  /** `analysis=<tab>`: the analysis panel is open on this tab. */
  analysis?: AnalysisTab;
  /** `ann=`: the annotations, when their code fits ANN_LINK_LIMIT (else they are left out of the link). */
  annotations?: Annotation[];
}

/** A feature id as the curated layers write them; anything else in a link is refused. */
const FEATURE_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * `parks:vsip_1` → { layerId: 'parks', featureId: 'vsip_1' }; undefined for an unknown layer or an
 * id outside FEATURE_ID. Whether the id exists is known only once the layer is loaded
 * (link-selection.ts names a missing one in the notice).
 */
export function parseSel(raw: string): ShareUrlState['sel'] {
  const colon = raw.indexOf(':');
  if (colon < 0) return undefined;
  const layerId = raw.slice(0, colon);
  const featureId = raw.slice(colon + 1);
  return isCuratedLayerId(layerId) && FEATURE_ID.test(featureId) ? { layerId, featureId } : undefined;
}

export const SEL_HASH_KEY: HashKey<ShareUrlState> = {
  key: 'sel',
  read: (state, raw) => {
    const sel = parseSel(raw);
    if (!sel) return false;
    state.sel = sel;
    return true;
  },
  write: (state) => (state.sel ? [['sel', `${state.sel.layerId}:${state.sel.featureId}`]] : []),
};

export const ANALYSIS_HASH_KEY: HashKey<ShareUrlState> = {
  key: 'analysis',
  read: (state, raw) => {
    const tab = ANALYSIS_TABS.find((t) => t === raw);
    if (!tab) return false;
    state.analysis = tab;
    return true;
  },
  write: (state) => (state.analysis ? [['analysis', state.analysis]] : []),
};

export const ANN_HASH_KEY: HashKey<ShareUrlState> = {
  key: 'ann',
  read: (state, raw) => {
    const list = decodeAnnotations(raw);
    if (!list) return false;
    state.annotations = list;
    return true;
  },
  write: (state) => {
    const code = state.annotations?.length ? encodeAnnotations(state.annotations) : null;
    return code ? [['ann', code]] : [];
  },
};
