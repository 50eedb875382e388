// The input-robustness case files of the reader (../shared/cases/input-robustness/README.md), read
// from the shared folder (never copied here), each with the right result asserted.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBuiltLayers, readBuiltLayersReporting } from '../../analysis/node-data';
import type { FeatureProblem } from '../boundary';
import { FlatGeobufError, readFeatureCollection } from './index';

const CASES = new URL('../../../../shared/cases/input-robustness/', import.meta.url);
const BUILT_DISTRICTS = new URL('../../../data/build/districts.fgb', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, CASES)));

async function readError(name: string): Promise<FlatGeobufError> {
  const err = await readFeatureCollection(bytesOf(name), { onProblem: () => {} }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FlatGeobufError);
  return err as FlatGeobufError;
}

describe('input-robustness case files', () => {
  it('01-point-odd-xy.fgb: a Point whose xy array has one number fails the read, naming the feature', async () => {
    expect((await readError('01-point-odd-xy.fgb')).message).toBe(
      "Feature 1: its geometry's xy array has 1 number, not x, y pairs.",
    );
  });

  it('01-polygon-ends-past-count.fgb: a ring end of 10 over 4 positions fails the read', async () => {
    expect((await readError('01-polygon-ends-past-count.fgb')).message).toBe(
      'Feature 1: its geometry has a ring or part end 10 past its 4 positions.',
    );
  });

  it('01-line-short-z.fgb: a z array of 1 value for 4 positions fails the read', async () => {
    expect((await readError('01-line-short-z.fgb')).message).toBe(
      "Feature 1: its geometry's z array has 1 value for 4 positions.",
    );
  });

  it('04-districts-nfd.fgb: names stored decomposed come out as the NFC names of the districts', async () => {
    const raw = new TextDecoder().decode(bytesOf('04-districts-nfd.fgb'));
    expect(/[\u0300-\u036f]/.test(raw)).toBe(true); // the file really holds combining marks
    const { collection } = await readFeatureCollection(bytesOf('04-districts-nfd.fgb'));
    const names = collection.features.map((f) => [f.properties?.code, f.properties?.name_vi]);
    for (const [, name] of names) {
      expect(typeof name).toBe('string');
      expect(name).toBe((name as string).normalize('NFC'));
    }
    // Written out in NFC here, independently of the reader.
    expect(Object.fromEntries(names)).toMatchObject({
      '718': 'Thành phố Thủ Dầu Một'.normalize('NFC'),
      '719': 'Huyện Bàu Bàng'.normalize('NFC'),
      '726': 'Huyện Bắc Tân Uyên'.normalize('NFC'),
    });
    for (const f of collection.features) {
      for (const [key, value] of Object.entries(f.properties ?? {})) {
        expect(key).toBe(key.normalize('NFC'));
        if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
      }
    }
    if (existsSync(BUILT_DISTRICTS)) {
      const built = await readFeatureCollection(new Uint8Array(readFileSync(BUILT_DISTRICTS)));
      const byCode = new Map(built.collection.features.map((f) => [f.properties?.code, f.properties]));
      for (const f of collection.features) {
        const b = byCode.get(f.properties?.code);
        expect(f.properties?.name_vi).toBe(b?.name_vi);
        expect(f.properties?.name_en).toBe(b?.name_en);
      }
    }
  });

  it('06-parks-nan-point.fgb: the NaN park is kept with geometry null and a problem naming it', async () => {
    const problems: FeatureProblem[] = [];
    const { collection } = await readFeatureCollection(bytesOf('06-parks-nan-point.fgb'), {
      onProblem: (p) => problems.push(p),
    });
    expect(collection.features.map((f) => [f.properties?.id, f.geometry?.type ?? null])).toEqual([
      ['good', 'Point'],
      ['nan_point', null],
    ]);
    expect(problems).toEqual([
      {
        ordinal: 2,
        id: 'nan_point',
        name: 'nan_point',
        message: 'the position of the Point is [NaN, NaN]: not finite numbers.',
        messageKey: 'problem.geometry.nonFinite',
      },
    ]);
    await expect(readFeatureCollection(bytesOf('06-parks-nan-point.fgb'))).rejects.toThrow(
      /^Feature 2 \(id nan_point\): the position of the Point is \[NaN, NaN\]/,
    );
  });

  it('06-parks-nan-point.fgb in place of the parks layer on the command line path: kept and reported, or refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parks-nan-'));
    try {
      copyFileSync(fileURLToPath(new URL('06-parks-nan-point.fgb', CASES)), join(dir, 'parks.fgb'));
      const { layers, problems } = await readBuiltLayersReporting(dir, ['parks']);
      expect(layers.parks?.map((f) => f.geometry === null)).toEqual([false, true]);
      expect(problems.parks?.map((p) => p.id)).toEqual(['nan_point']);
      const seen: string[] = [];
      const packed = await loadBuiltLayers(dir, { onProblem: (layer, p) => seen.push(`${layer}:${p.id}`) });
      expect(seen).toEqual(['parks:nan_point']);
      expect(packed.parks?.attrs.map((a) => a.id)).toEqual(['good']);
      expect([...(packed.parks?.coords ?? [])].every(Number.isFinite)).toBe(true);
      await expect(loadBuiltLayers(dir)).rejects.toThrow(/parks\.fgb: Feature 2 \(id nan_point\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
