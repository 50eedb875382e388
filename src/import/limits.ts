// Limits of the in-browser import.

/**
 * Files larger than this (bytes) are read only after the user agreed (`allowLarge`): a dropped file
 * is read whole in the worker, and at roughly 100 MB a GeoJSON's parsed objects take several times
 * that in memory, which can end a tab on a phone or an office laptop.
 */
export const IMPORT_SIZE_LIMIT_BYTES = 100 * 1024 * 1024;

/** Features between progress reports and abort checks (the worker yields to its message loop). */
export const PROGRESS_EVERY = 2000;
