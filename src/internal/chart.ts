/**
 * Chart.js, loaded on demand so pages without a chart never fetch it (the build puts it in a
 * chunk of its own). Only the controllers, elements and scales our charts use are registered,
 * which keeps the chunk far smaller than `chart.js/auto`. The legend is HTML in the element
 * (readable and translatable), so Chart.js's Legend plugin is left out; a scatter dataset with
 * `showLine` draws the dumbbells without the line controller.
 */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

export function loadChart(): Promise<typeof ChartType> {
  // Destructuring the dynamic import lets rollup tree-shake what is not named here.
  loading ??= import('chart.js').then(
    ({
      Chart,
      ScatterController,
      BarController,
      PointElement,
      LineElement,
      BarElement,
      LinearScale,
      CategoryScale,
      Tooltip,
    }) => {
      Chart.register(
        ScatterController,
        BarController,
        PointElement,
        LineElement,
        BarElement,
        LinearScale,
        CategoryScale,
        Tooltip,
      );
      return Chart;
    },
  );
  return loading;
}
