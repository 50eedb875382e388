// The known problems of the inputs (see data/curated/boundary-corrections.json and the parks'
// `correction` column): the validation must detect each one when its correction is removed.
// Runs against the real boundary file when it is available locally (never downloads).

import { existsSync } from 'node:fs';
import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { type CuratedData, loadCurated } from './curated.ts';
import { buildDistricts, buildParks } from './layers.ts';
import { REFERENCE_DIR } from './lib/paths.ts';
import { type DvhcvnProvince, loadProvince } from './sources.ts';
import { compareAreas, districtAreaIssues } from './validate/areas.ts';
import { checkParksInDistricts } from './validate/parks.ts';
import { crossCheckReference } from './validate/reference.ts';

const offline = (async () => {
  throw new Error('no downloads in tests');
}) as unknown as typeof fetch;
const province: DvhcvnProvince | null = await loadProvince('74', { fetchFn: offline }).catch(() => null);

function validate(curated: CuratedData, p: DvhcvnProvince) {
  const { features } = buildDistricts(p, curated);
  const areaIssues = districtAreaIssues(
    compareAreas(
      features.map((f) => ({
        id: f.properties.code,
        name: f.properties.name_vi,
        official_km2: f.properties.area_km2_official,
        computed_km2: turfArea(f.geometry) / 1e6,
      })),
    ),
  );
  const parks = curated.parks.filter((x) => x.include && x.lat !== null && x.lon !== null);
  const parkIssues = checkParksInDistricts(
    parks.map((x) => ({ id: x.id, district_code: x.district_code, lat: x.lat!, lon: x.lon! })),
    features.map((f) => ({ code: f.properties.code, name: f.properties.name_vi, geometry: f.geometry })),
  ).issues;
  return { areaIssues, parkIssues };
}

describe.skipIf(!province)('known data problems (real boundaries)', () => {
  it('the curated data passes', () => {
    const r = validate(loadCurated(), province!);
    expect(r.areaIssues).toEqual([]);
    expect(r.parkIssues).toEqual([]);
    expect(buildParks(loadCurated()).features.length).toBe(36);
  });
  it('detects the 723/726 geometry swap when the boundary correction is removed', () => {
    const curated = { ...loadCurated(), boundaryCorrections: [] };
    const r = validate(curated, province!);
    expect(r.areaIssues.map((i) => i.id).sort()).toEqual(['723', '726']);
    expect(r.parkIssues.length).toBeGreaterThanOrEqual(8);
  });
  it('detects the thaco_mech and dong_an_2 estimates outside their districts when the moves are undone', () => {
    const curated = loadCurated();
    const back: Record<string, [number, number]> = {
      thaco_mech: [11.125, 106.77],
      dong_an_2: [11.078, 106.658],
    };
    curated.parks = curated.parks.map((p) =>
      back[p.id] ? { ...p, lat: back[p.id]![0], lon: back[p.id]![1] } : p,
    );
    const r = validate(curated, province!);
    expect(r.parkIssues.map((i) => i.id).sort()).toEqual(['dong_an_2', 'thaco_mech']);
  });
});

describe.skipIf(!existsSync(REFERENCE_DIR))('reference cross-check (authoring environment)', () => {
  it('the curated data agrees with the reference, or explains why', () => {
    expect(crossCheckReference(loadCurated(), REFERENCE_DIR).issues).toEqual([]);
  });
  it('a moved location without its correction text is reported', () => {
    const curated = loadCurated();
    curated.parks = curated.parks.map((p) => (p.id === 'thaco_mech' ? { ...p, correction: '' } : p));
    const ids = crossCheckReference(curated, REFERENCE_DIR).issues.map(
      (i) => `${i.id}.${i.message.split(' ')[0]}`,
    );
    expect(ids).toEqual(['thaco_mech.lat', 'thaco_mech.lon']);
  });
  it('a transcription error is reported', () => {
    const curated = loadCurated();
    curated.districts = curated.districts.map((d) =>
      d.code === '725' ? { ...d, area_km2_official: 87.31 } : d,
    );
    expect(crossCheckReference(curated, REFERENCE_DIR).issues.map((i) => i.id)).toEqual(['725']);
  });
});
