/** The words of a plan's published statement (core/plan/statement.ts), in English and Spanish. */
import type { Locale } from '../schema.js';
import type { Messages } from './keys.js';

const en = {
  statementTitle: 'Our path through the tensions of change',
  statementIntro:
    'Decided on {date}. For each tension we say where we aim to be and why, what we keep from each side, and how we will know we have gone too far.',
  leanToward: 'We aim to lean toward {pole} ({aim} of {points})',
  leanStrongly: 'We aim to lean strongly toward {pole} ({aim} of {points})',
  balance: 'We aim to hold a balance between {left} and {right} ({aim} of {points})',
  because: '{aim} because {values}',
  keepOther: 'From the other side, {pole}, we keep {text}',
  keepOwn: 'From {pole} we keep {text}',
  warning: 'We will know we lean too far when {signs}',
  warningBalance: 'We will know we have drifted too far to one side when {signs}',
  undecided: 'The team has not confirmed this aim yet.',
  noAim: 'We have not set an aim on this tension yet.',
  stepsTitle: 'Next steps',
  stepOwnerDue: '{what} ({owner}, by {due})',
  stepOwner: '{what} ({owner})',
  stepDue: '{what} (by {due})',
  leftPole: 'the left pole',
  rightPole: 'the right pole',
};

export type PlanStatementKey = keyof typeof en;

export const planStatementStrings: Readonly<Record<Locale, Messages<PlanStatementKey>>> = {
  en,
  es: {
    statementTitle: 'Nuestro camino entre las tensiones del cambio',
    statementIntro:
      'Decidido el {date}. Para cada tensión decimos dónde queremos estar y por qué, qué conservamos de cada lado y cómo sabremos que fuimos demasiado lejos.',
    leanToward: 'Queremos inclinarnos hacia {pole} ({aim} de {points})',
    leanStrongly: 'Queremos inclinarnos claramente hacia {pole} ({aim} de {points})',
    balance: 'Queremos mantener un equilibrio entre {left} y {right} ({aim} de {points})',
    because: '{aim} porque {values}',
    keepOther: 'Del otro lado, {pole}, conservamos {text}',
    keepOwn: 'De {pole} conservamos {text}',
    warning: 'Sabremos que nos inclinamos demasiado cuando {signs}',
    warningBalance: 'Sabremos que nos fuimos demasiado hacia un lado cuando {signs}',
    undecided: 'El equipo todavía no ha confirmado esta meta.',
    noAim: 'Todavía no fijamos una meta en esta tensión.',
    stepsTitle: 'Próximos pasos',
    stepOwnerDue: '{what} ({owner}, para el {due})',
    stepOwner: '{what} ({owner})',
    stepDue: '{what} (para el {due})',
    leftPole: 'el polo izquierdo',
    rightPole: 'el polo derecho',
  },
};
