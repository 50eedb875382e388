// Map labels at device pixel ratios 1 and 2 (issue 7): park names are drawn and do not overlap,
// corridors are labelled along their lines, and a district label is as wide as the same text in
// HTML, measured from the screenshot's pixels (not from the renderer's numbers).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoProblems, launchBrowser, newPage, type OpenedPage, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Leaves only `keep` of the style's layers visible, on a white background, and waits for a frame. */
async function isolate(page: Page, keep: string[], setup = ''): Promise<void> {
  await page.evaluate(
    async ({ keep, setup }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the MapLibre map the app hangs on its container for tests
      const map = (document.querySelector('.maplibregl-map') as any).maplibreMap;
      for (const l of map.getStyle().layers) {
        if (l.id === 'background') map.setPaintProperty('background', 'background-color', '#ffffff');
        else if (!keep.includes(l.id)) map.setLayoutProperty(l.id, 'visibility', 'none');
        else map.setLayoutProperty(l.id, 'visibility', 'visible');
      }
      if (setup) new Function('map', setup)(map);
      await new Promise((resolve) => map.once('idle', resolve));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { keep, setup },
  );
}

/** Per box (CSS px), how many of its screenshot pixels are dark ink; and the inked column span. */
async function inkIn(
  page: Page,
  png: Buffer,
  boxes: number[][],
  dpr: number,
): Promise<{ counts: number[]; first: number; last: number }> {
  return page.evaluate(
    async ({ b64, boxes, dpr }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const dark = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < 160;
      };
      let first = -1;
      let last = -1;
      for (let x = 0; x < width; x++) {
        for (let y = 0; y < height; y++) {
          if (dark(x, y)) {
            if (first < 0) first = x;
            last = x;
            break;
          }
        }
      }
      const counts = boxes.map(([x1, y1, x2, y2]) => {
        let n = 0;
        for (let y = Math.max(0, Math.floor(y1! * dpr)); y < Math.min(height, Math.ceil(y2! * dpr)); y++) {
          for (let x = Math.max(0, Math.floor(x1! * dpr)); x < Math.min(width, Math.ceil(x2! * dpr)); x++) {
            if (dark(x, y)) n++;
          }
        }
        return n;
      });
      return { counts, first, last };
    },
    { b64: png.toString('base64'), boxes, dpr },
  );
}

/** The basemap's label point of a district (where the map puts its name), [lon, lat]. */
async function labelPoint(page: Page, name: string): Promise<number[]> {
  return page.evaluate(async (name) => {
    const res = await fetch(new URL('tiles/labels.geojson', document.baseURI));
    const json = (await res.json()) as {
      features: { properties: { name_vi: string }; geometry: { coordinates: number[] } }[];
    };
    const f = json.features.find((x) => x.properties.name_vi === name);
    if (!f) throw new Error(`no label point for ${name}`);
    return f.geometry.coordinates;
  }, name);
}

const overlaps = (a: number[], b: number[]) =>
  a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

for (const dpr of [1, 2]) {
  describe(`labels at device pixel ratio ${dpr}`, () => {
    let opened: OpenedPage;
    beforeAll(async () => {
      opened = await newPage(browser, { deviceScaleFactor: dpr });
      // Thủ Dầu Một and Bến Cát: the densest cluster of parks.
      await openApp(opened.page, '#z=12&lat=11.08&lon=106.66');
    });
    afterAll(async () => {
      await opened?.page.context().close();
    });

    it('corridors are labelled along their lines with their road numbers', async () => {
      const labels = await opened.page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the MapLibre map the app hangs on its container for tests
        const map = (document.querySelector('.maplibregl-map') as any).maplibreMap;
        const features = map.queryRenderedFeatures({ layers: ['corridors-labels'] });
        return features.map((f: { properties: { label_vi: string } }) => f.properties.label_vi);
      });
      expect(labels).toContain('QL13');
      expect(labels.some((l: string) => /^ĐT7\d\d/.test(l))).toBe(true);
      expectNoProblems(opened.problems);
    });

    it('pickFeaturesAt a park label returns that park first and the district under it after', async () => {
      const result = await opened.page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the maps the app hangs on its container for tests
        const el = document.querySelector('.maplibregl-map') as any;
        const [label] = el.maplibreMap.queryRenderedFeatures({ layers: ['parks-labels'] });
        const p = el.maplibreMap.project(label.geometry.coordinates);
        return { id: label.properties.id, refs: el.planningMap.pickFeaturesAt({ x: p.x, y: p.y }, 4) };
      });
      expect(result.refs[0]).toEqual({ layerId: 'parks', featureId: result.id });
      expect(result.refs.filter((r: { featureId: string }) => r.featureId === result.id)).toHaveLength(1);
      expect(result.refs.some((r: { layerId: string }) => r.layerId === 'districts')).toBe(true);
    });

    it('park labels are drawn (ink in every placed box) and no two of them overlap', async () => {
      const { page } = opened;
      await isolate(
        page,
        ['parks-labels', 'parks-point-symbols'],
        "map.setPaintProperty('parks-labels', 'text-halo-width', 0); map.setPaintProperty('parks-point-symbols', 'text-halo-width', 0);",
      );
      const boxes: number[][] = await page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: as above; the collision grid is MapLibre's placement
        const map = (document.querySelector('.maplibregl-map') as any).maplibreMap;
        const grid = map.style.placement.collisionIndex.grid;
        const pad = 100; // MapLibre's collision grid extends 100 CSS px beyond the viewport
        const out: number[][] = [];
        for (let i = 0; i < grid.boxKeys.length; i++) {
          const b = grid.bboxes.slice(i * 4, i * 4 + 4).map((v: number) => v - pad);
          if (b[2] > 0 && b[3] > 0 && b[0] < innerWidth && b[1] < innerHeight) out.push(b);
        }
        return out;
      });
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i]!, boxes[j]!), `boxes ${boxes[i]} and ${boxes[j]}`).toBe(false);
        }
      }
      const png = await page.screenshot();
      const onScreen = boxes.filter((b) => b[0]! >= 0 && b[1]! >= 0 && b[2]! <= 1280 && b[3]! <= 800);
      const { counts } = await inkIn(page, png, onScreen, dpr);
      // Every placed label left ink: at least a few dozen device pixels of text.
      for (const [i, n] of counts.entries()) expect(n, `box ${onScreen[i]}`).toBeGreaterThan(20 * dpr * dpr);
    });

    it("a district label's drawn width is within 3 px of the same text in HTML", async () => {
      const { page } = opened;
      const text = 'Thành phố Thủ Dầu Một';
      await isolate(
        page,
        ['districts-labels'],
        `map.setFilter('districts-labels', ['==', ['get', 'label_vi'], ${JSON.stringify(text)}]);
         map.setLayoutProperty('districts-labels', 'text-max-width', 100);
         map.setLayoutProperty('districts-labels', 'text-size', 15);
         map.setLayoutProperty('districts-labels', 'text-field', ['get', 'label_vi']);
         map.setPaintProperty('districts-labels', 'text-halo-width', 0);
         map.setPaintProperty('districts-labels', 'text-color', '#000000');
         map.jumpTo({ center: ${JSON.stringify(await labelPoint(page, text))}, zoom: 11 });`,
      );
      // The label is centred on the map, which is centred in the 1280 × 800 viewport.
      const clip = { x: 440, y: 370, width: 400, height: 60 };
      const mapPng = await page.screenshot({ clip });
      await page.evaluate(
        ({ text, clip }) => {
          const box = document.createElement('div');
          box.id = 'html-probe';
          Object.assign(box.style, {
            position: 'fixed',
            left: `${clip.x}px`,
            top: `${clip.y}px`,
            width: `${clip.width}px`,
            height: `${clip.height}px`,
            background: '#ffffff',
            zIndex: '100000',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          });
          const span = document.createElement('span');
          span.textContent = text;
          Object.assign(span.style, { font: '700 15px "Noto Sans"', color: '#000000', whiteSpace: 'nowrap' });
          box.append(span);
          document.body.append(box);
        },
        { text, clip },
      );
      const htmlPng = await page.screenshot({ clip });
      const drawn = await inkIn(page, mapPng, [], dpr);
      const html = await inkIn(page, htmlPng, [], dpr);
      expect(drawn.first, 'the map drew the label').toBeGreaterThanOrEqual(0);
      expect(html.first, 'the HTML probe drew the text').toBeGreaterThanOrEqual(0);
      const drawnWidth = (drawn.last - drawn.first + 1) / dpr;
      const htmlWidth = (html.last - html.first + 1) / dpr;
      expect(htmlWidth).toBeGreaterThan(100);
      expect(
        Math.abs(drawnWidth - htmlWidth),
        `map ${drawnWidth} px, HTML ${htmlWidth} px`,
      ).toBeLessThanOrEqual(3);
    });
  });
}

describe('labels on a phone (390 × 844 CSS px, pixel ratio 3)', () => {
  it('the whole province shows all nine district names', async () => {
    const opened = await newPage(browser, { deviceScaleFactor: 3, viewport: { width: 390, height: 844 } });
    try {
      await openApp(opened.page);
      const placed = await opened.page.evaluate(() => {
        // biome-ignore lint/suspicious/noExplicitAny: the MapLibre map the app hangs on its container for tests
        const map = (document.querySelector('.maplibregl-map') as any).maplibreMap;
        const names = map
          .queryRenderedFeatures({ layers: ['districts-labels'] })
          .map((f: { properties: { id: string } }) => f.properties.id);
        return [...new Set(names)];
      });
      expect(placed).toHaveLength(9);
      expectNoProblems(opened.problems);
    } finally {
      await opened.page.context().close();
    }
  });
});
