// `npm run data:ensure` (run by `npm start`, `npm run build` and `npm test`): rebuilds the data when
// data/build/catalog.json or tiles/build/style.json is missing, a layer file the catalog lists is
// missing, or the input hash differs from catalog.input_hash (printing a short summary of a build
// that passes, the whole report of one that fails). Otherwise prints one line.
// `--quiet` (used by `npm run analysis`): messages go to stderr and nothing to stdout.

import { main as buildMain } from './build-data.ts';
import { computeInputHash } from './input-hash.ts';
import { BUILD_DIR, TILES_BUILD_DIR } from './lib/paths.ts';
import { staleReason } from './lib/stale.ts';

const quiet = process.argv.includes('--quiet');
const say = (text: string) => (quiet ? process.stderr.write(`${text}\n`) : console.log(text));

async function run(): Promise<number> {
  if (quiet) {
    // The build prints its report with console.log / process.stdout.write: send all of it to stderr.
    console.log = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  }
  const hash = computeInputHash();
  const reason = staleReason(BUILD_DIR, TILES_BUILD_DIR, hash);
  if (reason === null) {
    say(`Data is up to date (input hash ${hash.slice(0, 12)}).`);
    return 0;
  }
  say(`Rebuilding data: ${reason}.`);
  return buildMain({ summary: true });
}

run().then((code) => process.exit(code));
