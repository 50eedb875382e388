// A Shapefile picked or dropped as its loose files (DiTich.shp, .dbf, .shx, .prj, .CPG chosen
// together, as a GIS user keeps them in a folder) is one layer: the parts of each .shp, matched by
// name case-insensitively, are zipped here (fflate, the engine's zip library) and imported as that
// .shp, as if the user had zipped them. Before, each part was a file of its own and the panel
// showed five "format not recognised" errors and no layer.
import { zipSync } from 'fflate';

const split = (name: string) => {
  const m = /^(.*)\.([^.]+)$/.exec(name);
  return m ? { stem: m[1]!.toLowerCase(), ext: m[2]!.toLowerCase() } : { stem: name.toLowerCase(), ext: '' };
};

/**
 * `files` as the imports to run, in the order picked: each .shp with the files of its name as one
 * zip named after the .shp, every other file as it is (a part without its .shp stays a file of its
 * own, and its import says what it is). Throws only what reading a File throws.
 */
export async function withShapefilesJoined(files: readonly File[]): Promise<{ blob: Blob; name: string }[]> {
  const shps = new Set(files.filter((f) => split(f.name).ext === 'shp').map((f) => split(f.name).stem));
  const joined = new Map<string, File[]>();
  const out: ({ blob: Blob; name: string } | { stem: string })[] = [];
  for (const f of files) {
    const { stem: raw } = split(f.name);
    // Every file of the .shp's name joins it: the parts the reader reads and ArcGIS's others
    // (.sbn, .sbx, .shp.xml), which the zip carries and the reader leaves (each was an error).
    const stem = raw.endsWith('.shp') ? raw.slice(0, -4) : raw;
    if (shps.has(stem)) {
      if (!joined.has(stem)) {
        joined.set(stem, []);
        out.push({ stem });
      }
      joined.get(stem)!.push(f);
    } else out.push({ blob: f, name: f.name });
  }
  return Promise.all(
    out.map(async (item) => {
      if (!('stem' in item)) return item;
      const parts = joined.get(item.stem)!;
      const entries: Record<string, Uint8Array> = {};
      for (const p of parts) entries[p.name] = new Uint8Array(await p.arrayBuffer());
      const shp = parts.find((p) => split(p.name).ext === 'shp')!;
      return { blob: new Blob([zipSync(entries, { level: 0 }) as BlobPart]), name: shp.name };
    }),
  );
}
