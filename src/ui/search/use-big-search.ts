// The map search's answer from the large layers, found off the typing path: bigSearchHitsSliced
// runs in slices between which the page answers keys and draws (the first search of 1M parcels
// folds every dictionary, ≈ 0.6 s of work). A newer query, or chunks arriving while a file
// imports, abort the run under way and start another; the answer shown is always the current
// query's, `pending` while a run for it (or for the layers as they are now) is under way.
import { useEffect, useState } from 'react';
import { queryTokens } from '../../lib/search';
import type { BigLayer } from '../../state/big-layers-store';
import { bigSearchHitsSliced } from './big-search';
import type { SearchHit } from './map-search';

export interface BigSearchState {
  hits: SearchHit[];
  /** Every match counted so far (the current query's last finished run; 0 before one). */
  total: number;
  /** A run for this query and these layers is still under way. */
  pending: boolean;
}

interface Done {
  query: string;
  layers: Readonly<Record<string, BigLayer>>;
  hits: SearchHit[];
  total: number;
}

const searchable = (layers: Readonly<Record<string, BigLayer>>) =>
  Object.values(layers).some((l) => !l.viewport && l.chunks.length > 0);

export function useBigSearch(
  layers: Readonly<Record<string, BigLayer>>,
  query: string,
  limit: number,
): BigSearchState {
  const [done, setDone] = useState<Done | null>(null);
  const blank = queryTokens(query).length === 0 || !searchable(layers);
  useEffect(() => {
    if (blank) return;
    const run = new AbortController();
    bigSearchHitsSliced(layers, query, limit, run.signal).then(
      (found) => setDone({ query, layers, ...found }),
      (error: unknown) => {
        if (run.signal.aborted) return;
        // Not an answer: said in the console, and the status stops saying "searching".
        console.error('map search of the large layers failed', error);
        setDone({ query, layers, hits: [], total: 0 });
      },
    );
    return () => run.abort();
  }, [blank, layers, query, limit]);
  if (blank) return { hits: [], total: 0, pending: false };
  if (done?.query !== query) return { hits: [], total: 0, pending: true };
  return { hits: done.hits, total: done.total, pending: done.layers !== layers };
}
