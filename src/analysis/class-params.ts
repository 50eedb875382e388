// The choropleth classification's parameters (methods, class counts), apart from classify.ts so the
// stores and the link, which every page runs, do not carry simple-statistics with them.

export const CLASS_METHODS = ['quantile', 'equal_interval', 'natural_breaks'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/** Whether `n` is a class count the classification accepts (an integer 3–7). */
export function isClassCount(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= MIN_CLASSES && (n as number) <= MAX_CLASSES;
}
