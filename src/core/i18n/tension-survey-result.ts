/**
 * The words of `<tension-survey>`'s result, in English and Spanish. They load with the result view,
 * on submit, so a page where nobody has submitted does not carry them. No DOM.
 */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

const en = {
  rubricResult: 'Rubric: you rated {n} of {total} conditions; the ratings are in your response.',
  result: 'Your result',
  resultIntro: 'Your tensions, largest gap first.',
  gap: '{name} (gap {gap}): now {now}; should be {should}.',
  unsure: '{name}: unsure.',
  yours: 'Your answers',
  yoursLabel:
    'Your answers on {n} tensions, largest gap first: a dot where we are, a ring where we should be. The list below says the same.',
  team: "The team's answers ({n} responses)",
  teamLabel:
    "The team's medians on the same tensions, drawn the same way. The list below says the same.",
  teamGap: 'The team: now {now}; should be {should}.',
  code: 'Share code',
  copy: 'Copy',
  copied: 'Copied',
  codeLonger:
    'This survey asks its own questions ({names}): their ids travel in the code, so it is {n} characters longer than usual.',
  noCode:
    'This response is too long for a share code. Download the JSON or CSV below and send that instead.',
  noCodeCustom:
    "No share code: this survey's own questions ({names}) would make it too long. Download the JSON or CSV below and send that instead.",
  shareInstructions:
    "Paste this code in the team's discussion thread, or send it to the person gathering the team's answers.",
  json: 'Download JSON',
  csv: 'Download CSV',
  edit: 'Change my answers',
  // The notice of a stored draft's parts that no longer fit (loaded with the draft's reader).
  setAside: 'Set aside from your saved draft (it does not fit this survey any more):',
};

export type SurveyResultKey = keyof typeof en;

export const surveyResultStrings: Readonly<Record<Locale, Messages<SurveyResultKey>>> = {
  en,
  es: {
    rubricResult:
      'Rúbrica: valoró {n} de {total} condiciones; las valoraciones van en su respuesta.',
    result: 'Su resultado',
    resultIntro: 'Sus tensiones, de mayor a menor brecha.',
    gap: '{name} (brecha {gap}): hoy está {now}; debería estar {should}.',
    unsure: '{name}: no lo sé.',
    yours: 'Sus respuestas',
    yoursLabel:
      'Sus respuestas en {n} tensiones, de mayor a menor brecha: un punto donde estamos, un anillo donde deberíamos estar. La lista de abajo dice lo mismo.',
    team: 'Las respuestas del equipo ({n} respuestas)',
    teamLabel:
      'Las medianas del equipo en las mismas tensiones, dibujadas igual. La lista de abajo dice lo mismo.',
    teamGap: 'El equipo: hoy está {now}; debería estar {should}.',
    code: 'Código para compartir',
    copy: 'Copiar',
    copied: 'Copiado',
    codeLonger:
      'Esta encuesta hace sus propias preguntas ({names}): sus identificadores viajan en el código, que por eso tiene {n} caracteres más de lo habitual.',
    noCode:
      'Esta respuesta es demasiado larga para un código para compartir. Descargue el JSON o el CSV de abajo y envíe eso en su lugar.',
    noCodeCustom:
      'Sin código para compartir: las preguntas propias de esta encuesta ({names}) lo harían demasiado largo. Descargue el JSON o el CSV de abajo y envíe eso en su lugar.',
    shareInstructions:
      'Pegue este código en el hilo de conversación del equipo, o envíelo a quien reúne las respuestas del equipo.',
    json: 'Descargar JSON',
    csv: 'Descargar CSV',
    edit: 'Cambiar mis respuestas',
    setAside: 'Apartado de tu borrador guardado (ya no encaja en esta encuesta):',
  },
};
