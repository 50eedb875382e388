// Paths of the data pipeline, resolved from this file so scripts work from any working directory.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CURATED_DIR = resolve(REPO_ROOT, 'data', 'curated');
export const BUILD_DIR = resolve(REPO_ROOT, 'data', 'build');
export const TILES_BUILD_DIR = resolve(REPO_ROOT, 'tiles', 'build');
export const SCRIPTS_DIR = resolve(REPO_ROOT, 'scripts');
export const TILES_DIR = resolve(REPO_ROOT, 'tiles');
/** Reference facts the curated data was authored from; present only in the authoring environment. */
export const REFERENCE_DIR = resolve(REPO_ROOT, '..', 'shared', 'reference');
