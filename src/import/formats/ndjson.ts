// Newline-delimited GeoJSON (GeoJSONSeq, RFC 8142 record separators tolerated): one Feature or
// geometry per line. A line that is not JSON is skipped and counted, since the others are fine.
import { PROGRESS_EVERY } from '../limits';
import type { RawRead } from '../types';
import { type ReadContext, utf8Text } from './context';
import { featuresOf } from './geojson';

export async function read(bytes: Uint8Array, ctx: ReadContext): Promise<RawRead> {
  const lines = utf8Text(bytes, ctx)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const features: RawRead['features'] = [];
  let bad = 0;
  let firstBad = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    // RFC 8142 record separator (0x1E) before each record.
    const line = (raw.charCodeAt(0) === 0x1e ? raw.slice(1) : raw).trim();
    if (line === '') continue;
    let parsed: RawRead['features'] | null = null;
    try {
      parsed = featuresOf(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (parsed === null) {
      bad++;
      if (firstBad === 0) firstBad = i + 1;
      continue;
    }
    features.push(...parsed);
    if (features.length % PROGRESS_EVERY === 0) {
      ctx.options.signal?.throwIfAborted();
      ctx.progress(features.length);
    }
  }
  const warnings: RawRead['warnings'] =
    bad > 0
      ? [{ key: 'import.warn.badLines', params: { file: ctx.fileName, count: bad, first: firstBad } }]
      : [];
  return { features, warnings, geographic: true };
}
