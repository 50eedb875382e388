// FlatGeobuf through the project's adapter (src/data/fgb), which checks every length against the
// bytes that exist and already passes features through the data boundary.
import type { FeatureProblem } from '../../data/boundary';
import { damageDetail, FlatGeobufError, readFeatures } from '../../data/fgb';
import { PROGRESS_EVERY } from '../limits';
import type { RawRead } from '../types';
import { fail, type ReadContext } from './context';

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const features: RawRead['features'] = [];
  const problems: FeatureProblem[] = [];
  let crsName: string | undefined;
  try {
    for await (const f of readFeatures(bytes, {
      nullGeometry: 'keep',
      onHeader: (h) => {
        if (h.crs) crsName = h.crs;
      },
      onProblem: (p) => problems.push(p),
      signal: ctx.options.signal,
    })) {
      features.push(f);
      if (features.length % PROGRESS_EVERY === 0) ctx.progress(features.length);
    }
  } catch (e) {
    if (e instanceof FlatGeobufError)
      throw fail(ctx, 'import.error.fgbDamaged', e.message, { detail: damageDetail(e.message) });
    throw e;
  }
  // The adapter's problems are re-found by the registry's boundary pass, except value problems.
  const valueProblems: RawRead['valueProblems'] = new Map();
  for (const p of problems) {
    if (p.messageKey?.startsWith('problem.value.')) {
      const list = valueProblems.get(p.ordinal - 1) ?? [];
      list.push({ message: p.message, messageKey: p.messageKey, ...(p.column ? { column: p.column } : {}) });
      valueProblems.set(p.ordinal - 1, list);
    }
  }
  const out: RawRead = { features, warnings: [], valueProblems };
  if (crsName !== undefined) out.crsName = crsName;
  return out;
}
