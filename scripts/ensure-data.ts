// `npm run data:ensure` (run by `npm start`, `npm run build` and `npm test`): rebuilds the data when
// data/build/catalog.json or tiles/build/style.json is missing, a layer file the catalog lists is
// missing, or the input hash differs from catalog.input_hash. Otherwise prints one line.

import { main as buildMain } from './build-data.ts';
import { computeInputHash } from './input-hash.ts';
import { BUILD_DIR, TILES_BUILD_DIR } from './lib/paths.ts';
import { staleReason } from './lib/stale.ts';

async function run(): Promise<number> {
  const hash = computeInputHash();
  const reason = staleReason(BUILD_DIR, TILES_BUILD_DIR, hash);
  if (reason === null) {
    console.log(`Data is up to date (input hash ${hash.slice(0, 12)}).`);
    return 0;
  }
  console.log(`Rebuilding data: ${reason}.`);
  return buildMain();
}

run().then((code) => process.exit(code));
