// The order users read lists of values in: Vietnamese alphabetical order (đ after d, not after z as
// code points put it; tones after the plain letter) with numbers by value ("Lô 9" before "Lô 10").
// One collator for the viewer's value lists; the page's language does not change it, since the
// values are the data's own words, mostly Vietnamese.
const collator = new Intl.Collator(['vi', 'en'], { numeric: true });

/** Compares two texts for display order (negative, 0, positive; ties broken by code points). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A sorted copy of `values` in display order (compareText). */
export function sortTexts(values: Iterable<string>): string[] {
  return [...values].sort(compareText);
}
