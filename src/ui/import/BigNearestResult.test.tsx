import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, Point } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnalysisApi } from '../../analysis/api';
import { packLayers } from '../../analysis/pack';
import { syntheticLayers } from '../../analysis/test-fixtures';
import { featuresToChunks } from '../../data/binary/builder';
import { formatters } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { useLanguage } from '../../state/language';
import { attr, findAll, render, tag, text } from '../test-markup';
import { BigNearestResult } from './BigNearestResult';
import { bigLayerNearest } from './big-nearest';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

// 120 points over the synthetic districts (corridor e1 along lat 11.06, r1 along lon 106.6), held
// as a large layer in 9 chunks; what the rows should say comes from Turf and the features.
const layers = syntheticLayers();
const corridorLines = layers.corridors as Feature<LineString>[];
const features: Feature<Point>[] = Array.from({ length: 120 }, (_, k) => ({
  type: 'Feature',
  geometry: {
    type: 'Point',
    coordinates: [106.505 + (k % 15) * 0.0131, 11.003 + Math.floor(k / 15) * 0.0121],
  },
  properties: { id: `diem-${k}` },
}));
const chunks = featuresToChunks(features, 0, { chunkFeatures: 14 });
const nearestByTurf = features.map((f) => {
  const d = corridorLines.map((c) => ({
    id: String(c.properties!.id),
    km: pointToLineDistance(f.geometry.coordinates, c, { method: 'geodesic', units: 'kilometers' }),
  }));
  return d.sort((a, b) => a.km - b.km)[0]!;
});

async function report() {
  const api = createAnalysisApi();
  api.load(packLayers(layers));
  const r = await bigLayerNearest(
    { userNearestChunk: async (c, id) => api.userNearestChunk(c, id) },
    chunks,
    undefined,
  );
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const initialLanguage = useLanguage.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useBigLayers.setState({
    layers: {
      'user:1': {
        id: 'user:1',
        fileName: 'diem.fgb',
        description: {} as never,
        n: 1,
        summary: { count: features.length, bbox: null, fields: ['id'], geometry: 'point' },
        chunks,
        loaded: features.length,
      },
    },
  });
});

describe('BigNearestResult', () => {
  it('shows the count, the points per corridor, the first 50 answers by name and the CSV button', async () => {
    const f = formatters('vi');
    const root = render(<BigNearestResult id="user:1" title="Điểm" report={await report()} maxKm={null} />);
    expect(text(findAll(root, attr('data-testid', 'big-nearest-count'))[0]!)).toBe(
      'Đã tìm tuyến gần nhất cho 120 điểm.',
    );
    // Per corridor: as many points as Turf finds nearest to it.
    const perCorridor = findAll(
      findAll(root, attr('data-testid', 'big-nearest-by-corridor'))[0]!,
      tag('li'),
    ).map(text);
    for (const id of ['e1', 'r1']) {
      const n = nearestByTurf.filter((x) => x.id === id).length;
      expect(perCorridor, id).toContain(`${id}: ${f.num(n)} điểm`);
    }
    const items = findAll(root, tag('ol'))[0]!;
    const rows = findAll(items, tag('li')).map(text);
    expect(rows).toHaveLength(51);
    expect(rows.at(-1)).toBe('và 70 điểm khác');
    rows.slice(0, 50).forEach((row, k) => {
      expect(row).toBe(`diem-${k}: ${nearestByTurf[k]!.id}, ${f.fixed(nearestByTurf[k]!.km, 2)} km`);
    });
    // Each listed answer is a button choosing its point (by its ordinal, as the map selects).
    const buttons = findAll(root, tag('button'));
    expect(buttons.map(text)).toEqual([...rows.slice(0, 50), 'Tải CSV tuyến gần nhất (120 dòng)']);
    expect(buttons[0]!.attrs.title).toBe('Chọn diem-0 và thu phóng tới');
  });

  it('keeps the points within the km given, counting them against the layer', async () => {
    const within = nearestByTurf.filter((x) => x.km <= 0.5).length;
    expect(within).toBeGreaterThan(0);
    expect(within).toBeLessThan(120);
    const root = render(<BigNearestResult id="user:1" title="Điểm" report={await report()} maxKm={0.5} />);
    expect(text(findAll(root, attr('data-testid', 'big-nearest-count'))[0]!)).toBe(
      `${within} / 120 điểm trong phạm vi 0,5 km`,
    );
    expect(findAll(findAll(root, tag('ol'))[0]!, tag('li'))).toHaveLength(
      Math.min(within, 50) + (within > 50 ? 1 : 0),
    );
  });
});
