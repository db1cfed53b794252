/** `<gap-chart>`'s interface words in English and Spanish (its sentences are in core/summary). */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

const en = {
  chartLabel: 'Gap chart of {count} tensions',
  regionLabel:
    'Gap chart. Up and down arrows move from tension to tension; left and right arrows move through the team, role groups, baseline and you on a tension.',
  summaryTitle: 'In words',
  showTable: 'Show as a table',
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
  baseline: 'Baseline',
  you: 'You',
  loading: 'Loading {src}…',
  loaded: '{n} responses loaded from {src}.',
  rejected: '{n} records could not be read.',
  announceLoaded: '{n} responses loaded.',
  announceRejected: '{n} lines not imported.',
  announceOwn: 'Your answers are now on the chart.',
  fetchFailed: 'Could not load {src}: {reason}',
  configError: 'This chart cannot be shown as configured',
  empty: 'No responses to show yet.',
  fileName: 'gap-chart',
};

export type GapChartKey = keyof typeof en;

export const gapChartStrings: Readonly<Record<Locale, Messages<GapChartKey>>> = {
  en,
  es: {
    chartLabel: 'Gráfico de brechas de {count} tensiones',
    regionLabel:
      'Gráfico de brechas. Las flechas arriba y abajo pasan de una tensión a otra; las flechas izquierda y derecha recorren el equipo, los grupos de roles, la línea de base y usted en una tensión.',
    summaryTitle: 'En palabras',
    showTable: 'Ver como tabla',
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
    baseline: 'Línea de base',
    you: 'Usted',
    loading: 'Cargando {src}…',
    loaded: 'Se cargaron {n} respuestas de {src}.',
    rejected: 'No se pudieron leer {n} registros.',
    announceLoaded: 'Se cargaron {n} respuestas.',
    announceRejected: 'No se importaron {n} líneas.',
    announceOwn: 'Sus respuestas ya están en el gráfico.',
    fetchFailed: 'No se pudo cargar {src}: {reason}',
    configError: 'Este gráfico no se puede mostrar con esta configuración',
    empty: 'Todavía no hay respuestas para mostrar.',
    fileName: 'grafico-de-brechas',
  },
};
