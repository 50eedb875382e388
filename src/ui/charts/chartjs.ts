// The only module that loads chart.js at run time; Chart.tsx imports it with import() when a chart is
// first shown, so the library is its own chunk and the map's first load does not carry it. Only the
// controllers, elements, scales and plugins the app's chart kinds use are registered (tree-shaken).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export interface DrawnChart {
  update: (config: ChartConfiguration<'line' | 'bar', (number | null)[], string>) => void;
  destroy: () => void;
}

/** Draws `config` on `canvas`; update() swaps data and options in place (same chart type). */
export function drawChart(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<'line' | 'bar', (number | null)[], string>,
): DrawnChart {
  let chart = new Chart(canvas, config);
  let type = config.type;
  return {
    update: (next) => {
      if (next.type !== type) {
        chart.destroy();
        chart = new Chart(canvas, next);
        type = next.type;
        return;
      }
      chart.data = next.data;
      chart.options = next.options ?? {};
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
