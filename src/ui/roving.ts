// One keyboard rule for lists of choices (the analysis tabs, the feature chooser), after the
// WAI-ARIA tabs and listbox patterns: arrows step and wrap around, Home and End go to the ends.

/**
 * The index `key` moves to from `index` in a list of `count` items, or null when the key does not
 * move (the caller then leaves the event alone). `axis` says which arrows step: left/right for a
 * horizontal tab list, up/down for a vertical list.
 */
export function rovingIndex(
  key: string,
  index: number,
  count: number,
  axis: 'horizontal' | 'vertical',
): number | null {
  if (count <= 0) return null;
  const [back, forward] = axis === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
