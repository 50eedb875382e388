// The storage line's sizes ("23 KB", "1,5 MB", "10 GB"): a size in the unit that shows it with a
// digit or two, not every size in MB ("0 MB" after a 23 KB layer was saved, "10.240 MB" of quota).
import type { Formatters } from '../../i18n';

const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * `bytes` (≥ 0) in KB below 1 MB (at least "1 KB" for anything stored), MB below 1 GB, else GB;
 * binary units (1 KB = 1,024 bytes, as the browsers' storage pages count), one decimal in MB and
 * GB, in the UI language's number convention (`num`).
 */
export function storageSize(bytes: number, num: Formatters['num']): string {
  if (bytes < MB) return `${num(bytes === 0 ? 0 : Math.max(1, Math.round(bytes / KB)), 0)} KB`;
  if (bytes < GB) return `${num(bytes / MB, 1)} MB`;
  return `${num(bytes / GB, 1)} GB`;
}
