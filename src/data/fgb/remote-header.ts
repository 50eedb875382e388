// The header of a remote file, read through the range client: the first step of a bounding-box
// read, and on its own the probe that decides how a layer from a URL is read (whole, or by view).

import { magicbytes, SIZE_PREFIX_LEN } from 'flatgeobuf/lib/mjs/constants.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { checkHeaderLength, checkMagic, describeHeader, parseHeader } from './header';
import { RangeClient } from './range-client';
import { FlatGeobufError, type LayerHeader, type TransferStats } from './types';

/**
 * Reads and checks magic bytes and header through `client` (two small range requests on a server
 * with Range; the whole file, once, on one without). Throws FlatGeobufError for a file that is not
 * FlatGeobuf or whose header is damaged or truncated.
 */
export async function readRemoteHeader(client: RangeClient): Promise<HeaderMeta> {
  const start = new Uint8Array(await client.getRange(0, magicbytes.length + SIZE_PREFIX_LEN));
  checkMagic(start);
  if (start.length < magicbytes.length + SIZE_PREFIX_LEN)
    throw new FlatGeobufError('Truncated FlatGeobuf file.');
  const headerLength = new DataView(start.buffer).getUint32(magicbytes.length, true);
  checkHeaderLength(headerLength, null);
  const sizePrefixed = new Uint8Array(
    await client.getRange(magicbytes.length, SIZE_PREFIX_LEN + headerLength),
  );
  if (sizePrefixed.length < SIZE_PREFIX_LEN + headerLength) {
    throw new FlatGeobufError('Truncated FlatGeobuf file: it ends inside the header.');
  }
  return parseHeader(sizePrefixed);
}

/** What `probeRemote` learns about a remote FlatGeobuf file. */
export interface RemoteProbe {
  header: LayerHeader;
  /** The parsed, checked header as the format has it: hand it to readFeaturesInRect (`header`). */
  meta: HeaderMeta;
  /** What the probe cost; `rangeUnsupported: true` when the server sent the whole file. */
  stats: TransferStats;
}

/**
 * Reads only the header of the FlatGeobuf file at `url`: feature count, spatial index, envelope,
 * CRS, and whether the server honours Range (a server that does not has then sent the whole file,
 * which is kept for the reads that follow: see range-support.ts). Throws FlatGeobufError for a
 * file that is not FlatGeobuf, a damaged header or an HTTP/network failure; the signal's reason
 * when aborted.
 */
export async function probeRemote(url: string, signal?: AbortSignal): Promise<RemoteProbe> {
  signal?.throwIfAborted();
  const client = new RangeClient(url, signal);
  try {
    const meta = await readRemoteHeader(client);
    return { header: describeHeader(meta), meta, stats: client.stats() };
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (err instanceof FlatGeobufError) throw err;
    throw new FlatGeobufError(`Could not read ${url}: ${(err as Error)?.message ?? String(err)}`);
  }
}
