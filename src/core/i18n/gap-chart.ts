/** `<gap-chart>`'s interface words in English and Spanish (its sentences are in core/summary). */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

const en = {
  chartLabel: 'Gap chart of {count} tensions: {summary}',
  regionLabel: 'Gap chart. Use the up and down arrow keys to move from tension to tension.',
  summaryTitle: 'In words',
  showTable: 'Show as a table',
  showChart: 'Show as a chart',
  downloadPng: 'Download chart (PNG)',
  downloadCsv: 'Download table (CSV)',
  legendCurrent: 'Where we are (team mean)',
  legendDesired: 'Where we should be (team mean)',
  legendDots: 'One dot per person',
  legendBaseline: 'Baseline (hollow, dashed)',
  legendOwnCurrent: 'You: where we are',
  legendOwnDesired: 'You: where we should be',
  legendRoles: 'In each row, top to bottom: {roles}',
  team: 'Whole team',
  you: 'You',
  loading: 'Loading {src}…',
  loaded: '{n} responses loaded from {src}.',
  rejected: '{n} records could not be read.',
  fetchFailed: 'Could not load {src}: {reason}',
  configError: 'This chart cannot be shown as configured',
  empty: 'No responses to show yet.',
  fileName: 'gap-chart',
};

export type GapChartKey = keyof typeof en;

export const gapChartStrings: Readonly<Record<Locale, Messages<GapChartKey>>> = {
  en,
  es: {
    chartLabel: 'Gráfico de brechas de {count} tensiones: {summary}',
    regionLabel:
      'Gráfico de brechas. Use las flechas arriba y abajo para pasar de una tensión a otra.',
    summaryTitle: 'En palabras',
    showTable: 'Ver como tabla',
    showChart: 'Ver como gráfico',
    downloadPng: 'Descargar gráfico (PNG)',
    downloadCsv: 'Descargar tabla (CSV)',
    legendCurrent: 'Dónde estamos (media del equipo)',
    legendDesired: 'Dónde deberíamos estar (media del equipo)',
    legendDots: 'Un punto por persona',
    legendBaseline: 'Línea de base (hueca, discontinua)',
    legendOwnCurrent: 'Usted: dónde estamos',
    legendOwnDesired: 'Usted: dónde deberíamos estar',
    legendRoles: 'En cada fila, de arriba abajo: {roles}',
    team: 'Todo el equipo',
    you: 'Usted',
    loading: 'Cargando {src}…',
    loaded: 'Se cargaron {n} respuestas de {src}.',
    rejected: 'No se pudieron leer {n} registros.',
    fetchFailed: 'No se pudo cargar {src}: {reason}',
    configError: 'Este gráfico no se puede mostrar con esta configuración',
    empty: 'Todavía no hay respuestas para mostrar.',
    fileName: 'grafico-de-brechas',
  },
};
