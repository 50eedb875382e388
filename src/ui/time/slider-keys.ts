// The time slider's keys, as a pure function so they are tested without a browser. The same keys as
// a native range input (WAI-ARIA slider pattern): arrows step one stop, Page Up/Down ten, Home/End
// to the ends.
import type { YearStop } from '../../lib/park-growth';

/** Stops a Page Up or Page Down moves. */
export const PAGE_STEP = 10;

/** The stop index after `key` at `index` of `count` stops; null for a key the slider leaves alone. */
export function stepKey(key: string, index: number, count: number): number | null {
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(index - 1);
    case 'PageUp':
      return clamp(index + PAGE_STEP);
    case 'PageDown':
      return clamp(index - PAGE_STEP);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * The slider position of `stop`: its index, or for a year between or beyond the stops (a link may
 * name 1900) the nearest stop that is a year; null (slider off) sits on the last stop.
 */
export function stopIndex(stops: readonly YearStop[], stop: YearStop | null): number {
  const last = stops.length - 1;
  if (stop === null || stop === 'planned') return last;
  const exact = stops.indexOf(stop);
  if (exact >= 0) return exact;
  const years = stops.filter((s): s is number => s !== 'planned');
  if (years.length === 0) return last;
  if (stop < years[0]!) return 0;
  return stops.indexOf(years.filter((y) => y <= stop).at(-1)!);
}
