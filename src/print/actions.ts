// The two things the print tools do: export the map page as a PNG file, and prepare a print job
// (the captured map and its legend, scale, arrow, attribution and date) for the browser's print.

import { isCuratedLayerId, type LayerId } from '../data/schema';
import type { Formatters } from '../i18n';
import { formatDate } from '../i18n/format';
import { CURATED_DESCRIPTIONS } from '../layers/curated';
import type { LayerDescription } from '../layers/description';
import type { PlanningMap } from '../map/PlanningMap';
import { useBigLayers } from '../state/big-layers-store';
import { useLayers } from '../state/layers';
import { useUserLayers } from '../state/user-layers-store';
import type { MapFrame } from './capture';
import { composePage, mapPlacement, type PageWords } from './compose';
import { type Orientation, type PageLayout, type Paper, pageLayout, paperPx, screenLayout } from './layout';
import { type LegendGroup, legendGroups } from './legend-items';
import { type PrintJob, usePrint } from './print-store';
import { scaleBar, scaleLabel } from './scale-bar';

/** Print resolution of an exported PNG, dots per inch. */
export const PRINT_DPI = 300;
/** Map image density for the browser's print, dots per inch of paper (sharp, yet a small PNG). */
const SHEET_DPI = 200;
/** Highest pixel ratio asked of MapLibre. */
const MAX_RATIO = 6;
/** MapLibre's default maxCanvasSize: a larger ask is lowered by MapLibre with a console warning. */
const MAX_CANVAS_PX = 4096;

/** The ratio to ask for: `wanted`, at least 1, within MAX_RATIO and MapLibre's canvas limit. */
function clampRatio(wanted: number, view: { width: number; height: number }): number {
  const limit = MAX_CANVAS_PX / Math.max(1, view.width, view.height);
  return Math.max(1, Math.min(wanted, MAX_RATIO, limit));
}

export type Resolution = 'screen' | 'print';
export interface PageOptions {
  paper: Paper;
  orientation: Orientation;
}

/** Today in the locale's long format ("30 tháng 11, 2026", "30 November 2026"): the app's one date formatter. */
export function todayWords(lang: Formatters['lang'], now = new Date()): string {
  return formatDate(lang, now);
}

export function pageWords(f: Formatters, title: string): PageWords {
  return {
    title,
    legend: f.t('print.legend'),
    date: f.t('print.date', { date: todayWords(f.lang) }),
    north: f.t('print.north'),
    scale: (m) => scaleLabel(m, f.num),
  };
}

/** The legend of what the map shows now: curated layers and imported ones (small and large). */
export function currentLegend(f: Formatters): LegendGroup[] {
  const { layers, order } = useLayers.getState();
  return legendGroups(layers, order, f, describeAny);
}

/** Any layer's description: a curated layer's, else an imported layer's (its file's name, its style). */
export function describeAny(id: LayerId): LayerDescription | undefined {
  if (isCuratedLayerId(id)) return CURATED_DESCRIPTIONS[id];
  return useUserLayers.getState().layers[id]?.description ?? useBigLayers.getState().layers[id]?.description;
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * The map page as a PNG. 'screen': the map at its on-screen size (one image pixel per CSS pixel)
 * with the legend beside it; 'print': the chosen paper at PRINT_DPI, the map re-rendered at the
 * density its box needs. Errors: no 2D canvas, PNG encoding failure (rejected promise).
 */
export async function exportPng(
  map: PlanningMap,
  resolution: Resolution,
  page: PageOptions,
  f: Formatters,
): Promise<{ blob: Blob; width: number; height: number }> {
  let layout: PageLayout;
  let frame: Awaited<ReturnType<PlanningMap['capture']>>;
  if (resolution === 'screen') {
    frame = await map.capture(1);
    layout = screenLayout(frame.cssWidth, frame.cssHeight);
  } else {
    const [w, h] = paperPx(page.paper, page.orientation, PRINT_DPI);
    layout = pageLayout(w, h);
    const view = map.getSize();
    const ratio = mapPlacement({ cssWidth: view.width, cssHeight: view.height }, layout.map).scale;
    frame = await map.capture(clampRatio(ratio, view));
  }
  const canvas = composePage(frame, layout, currentLegend(f), pageWords(f, f.t('app.title')));
  return { blob: await toBlob(canvas), width: canvas.width, height: canvas.height };
}

/** A print job from a captured frame; `image` is the URL of the frame's picture. */
export function jobFromFrame(
  frame: MapFrame,
  image: string,
  kind: PrintJob['kind'],
  page: PageOptions,
  title: string,
  f: Formatters,
): PrintJob {
  const words = pageWords(f, title);
  // The bar at most a quarter of the image's width; its fraction sizes the HTML bar.
  const bar = scaleBar(frame.scaleA, frame.scaleB, frame.spanCss, frame.cssWidth / 4);
  return {
    kind,
    ...page,
    image,
    width: frame.image.width,
    height: frame.image.height,
    title,
    groups: currentLegend(f),
    scale: bar ? { label: words.scale(bar.metres), fraction: bar.px / frame.cssWidth } : null,
    bearing: frame.bearing,
    attribution: frame.attribution,
    date: words.date,
  };
}

/** Captures the map and shows it as a print job (PrintSheet); the caller then calls window.print. */
export async function preparePrint(
  map: PlanningMap,
  kind: PrintJob['kind'],
  page: PageOptions,
  title: string,
  f: Formatters,
): Promise<PrintJob> {
  const [paperW] = paperPx(page.paper, page.orientation, SHEET_DPI);
  const view = map.getSize();
  const frame = await map.capture(clampRatio((paperW * 0.75) / Math.max(1, view.width), view));
  const blob = await toBlob(frame.image);
  const job = jobFromFrame(frame, URL.createObjectURL(blob), kind, page, title, f);
  usePrint.getState().setJob(job);
  return job;
}
