// What every format reader receives, and the small helpers they share.
import { ImportError, type ImportOptions } from '../types';

export interface ReadContext {
  fileName: string;
  options: ImportOptions;
  /** Reports features read so far (the registry adds the byte counts). */
  progress: (featuresRead: number, bytesRead?: number) => void;
}

/** An ImportError naming the file. */
export function fail(
  ctx: ReadContext,
  key: ImportError['key'],
  message: string,
  params: Record<string, string | number> = {},
): ImportError {
  return new ImportError(key, { file: ctx.fileName, ...params }, `${ctx.fileName}: ${message}`);
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** The bytes as UTF-8 text (BOM removed); throws the file's invalid-UTF-8 error. */
export function utf8Text(bytes: Uint8Array, ctx: ReadContext): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw fail(ctx, 'import.error.invalidUtf8', `invalid UTF-8 at byte ${offset}`, { offset });
  }
}
