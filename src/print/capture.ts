// Copying the map into an image. MapLibre's WebGL canvas is created without preserveDrawingBuffer,
// so after a frame is shown its pixels are gone and toDataURL gives a blank image. The copy is made
// inside a frame instead: map.redraw() renders one frame synchronously (MapLibre and the interleaved
// deck.gl overlay, which draws into the same canvas as a custom layer), and drawImage copies the
// canvas in the same task, before the browser presents (and clears) the buffer. No permanent
// preserveDrawingBuffer, which would cost every frame for the rare export.
//
// Print resolution: MapLibre 6's setPixelRatio renders the same view (same CSS size, same extent)
// with more pixels; the ratio is restored afterwards. maxCanvasSize may lower the ratio; the copy's
// real size is reported.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapFrame {
  /** The map's pixels (a 2D canvas copy, width = cssWidth × the applied pixel ratio). */
  image: HTMLCanvasElement;
  /** The map's size on screen, CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Degrees clockwise from north of the map's up direction. */
  bearing: number;
  /** Two [lng, lat] points on the horizontal line through the centre, `spanCss` CSS pixels apart. */
  scaleA: [number, number];
  scaleB: [number, number];
  spanCss: number;
  /** The map's attribution line as text (never HTML). */
  attribution: string;
}

/** Resolves on the map's next 'idle', or after `ms` (a map that keeps animating still gets copied). */
function idle(map: MapLibreMap, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** Renders one frame now and copies it (see the file comment). */
export function copyFrame(map: MapLibreMap): HTMLCanvasElement {
  map.redraw();
  const src = map.getCanvas();
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  out.getContext('2d')?.drawImage(src, 0, 0);
  return out;
}

/**
 * The map as an image with what a legend line needs. `pixelRatio` (default: the map's own) is the
 * image pixels per CSS pixel; a higher one re-renders the map's tiles at that density first (up to
 * `waitMs` for them). The map's own ratio is restored before this resolves.
 */
export async function captureMap(
  map: MapLibreMap,
  pixelRatio?: number,
  /** Called after each change of the canvas's pixel size, for an overlay that must follow it. */
  onResized?: () => void,
  waitMs = 8000,
): Promise<MapFrame> {
  const own = map.getPixelRatio();
  const ratio = pixelRatio ?? own;
  let image: HTMLCanvasElement;
  if (ratio !== own) {
    // maxCanvasSize may lower it; the canvas's size is what was applied.
    map.setPixelRatio(ratio);
    onResized?.();
  }
  try {
    await idle(map, waitMs);
    image = copyFrame(map);
  } finally {
    if (ratio !== own) {
      map.setPixelRatio(own);
      onResized?.();
    }
  }
  return describeFrame(map, image);
}

/**
 * The frame now, at the map's own pixel ratio, synchronously: for the browser's own print (Ctrl+P),
 * whose 'beforeprint' handler cannot wait for anything.
 */
export function captureNow(map: MapLibreMap): MapFrame {
  return describeFrame(map, copyFrame(map));
}

function describeFrame(map: MapLibreMap, image: HTMLCanvasElement): MapFrame {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  const y = cssHeight / 2;
  const spanCss = Math.max(1, cssWidth / 2);
  const a = map.unproject([cssWidth / 2 - spanCss / 2, y]);
  const b = map.unproject([cssWidth / 2 + spanCss / 2, y]);
  const attribution =
    container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    image,
    cssWidth,
    cssHeight,
    bearing: map.getBearing(),
    scaleA: [a.lng, a.lat],
    scaleB: [b.lng, b.lat],
    spanCss,
    attribution,
  };
}
