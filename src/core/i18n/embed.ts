/** The words of the embed page (dist/embed.html) and the snippets that frame it. No DOM. */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

const en = {
  'tension-survey': 'Design tensions survey',
  'tension-slider': 'Design tension',
  'stage-rubric': 'Implementation rubric',
  'gap-chart': 'Team gaps',
  'team-results': 'Team results',
  configError: 'This embed cannot be shown as configured',
  loadError: 'The survey could not be loaded. Try again later, or open it in its own tab.',
  open: 'Open the survey',
};

export type EmbedKey = keyof typeof en;

export const embedStrings: Readonly<Record<Locale, Messages<EmbedKey>>> = {
  en,
  es: {
    'tension-survey': 'Encuesta de tensiones de diseño',
    'tension-slider': 'Tensión de diseño',
    'stage-rubric': 'Rúbrica de implementación',
    'gap-chart': 'Brechas del equipo',
    'team-results': 'Resultados del equipo',
    configError: 'Esta inserción no se puede mostrar con esta configuración',
    loadError: 'No se pudo cargar la encuesta. Inténtelo más tarde o ábrala en su propia pestaña.',
    open: 'Abrir la encuesta',
  },
};
