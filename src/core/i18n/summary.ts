/**
 * The words of the gap chart's summary, announcements and data table (core/summary.ts), in
 * English and Spanish. Pages override them by key through `<gap-chart strings>`.
 */
import type { Locale } from '../schema.js';
import type { Messages } from './keys.js';

const en = {
  noData: 'No responses yet.',
  respondents: '{n} people responded.',
  respondent: 'One person responded.',
  respondentsRoles: '{n} people responded ({roles}).',
  roleCount: '{role}: {n}',
  roleFewer: '{role} (fewer than {min})',
  otherRoles: 'Other roles',
  noRole: 'people without a role',
  otherRolesNote: '{label} puts together {roles}, so that no one’s answers can be worked out.',
  baselineRespondents: 'The baseline has {n} responses.',
  largestGap:
    'The largest gap is on {tension}: the team sees itself at {current} of {points} and wants to be at {desired}, toward {pole}.',
  noGap: 'On average the team wants to stay where it is on every tension.',
  nextGaps: 'Next come {list}.',
  gapItem: '{tension} (a gap of {gap} toward {pole})',
  leastAligned:
    'The team is most split on {tension}: a spread of {spread} points, with answers for where we are from {min} to {max}.',
  leastAlignedMixed:
    'No tension splits the team; the least aligned is {tension}, with a spread of {spread} points.',
  allAligned: 'The team is aligned on every tension (no spread above {spread} points).',
  roleDifference:
    'Roles differ most on {tension}: on {measure}, the {low} group averages {lowMean} and the {high} group {highMean}, {difference} points apart.',
  noRoleDifference:
    'Roles cannot be compared: fewer than two roles can be shown on their own (groups of at least {min}).',
  movement:
    'Since the baseline, the largest movement is on {tension}: {measure} moved {delta} points toward {pole}.',
  noMovement: 'Since the baseline, the team’s averages have not moved.',
  suppressed: 'Figures for {roles} are hidden where fewer than {min} of them answered.',
  heldBack: 'Figures for {roles} are also held back where they would give a smaller group away.',
  measureCurrent: 'where we are',
  measureDesired: 'where we should be',
  and: ' and ',
  comma: ', ',
  leftPole: 'the left pole',
  rightPole: 'the right pole',
  // Announcement of one tension.
  tensionLine: '{tension}, {index} of {count}.',
  tensionFigures:
    'Where we are {current}, where we should be {desired} (of {points}): a gap of {gap} toward {pole}.',
  tensionNoGap: 'Where we are {current}, where we should be {desired} (of {points}): no gap.',
  tensionNoAnswers: 'No answers yet.',
  alignment: 'Alignment: {alignment}, spread {spread}.',
  aligned: 'aligned',
  mixed: 'mixed',
  split: 'split',
  tensionMovement: 'Since the baseline, the gap changed by {delta}.',
  tensionOwn: 'Your answer: {current} now, {desired} should be.',
  // Announcement of one lane of a tension (a role group, the baseline, the followed respondent).
  laneLine: '{lane}, {tension}.',
  laneAnswers: '{n} answers.',
  // The table.
  caption: 'Where the team is and where it should be, per tension',
  colTension: 'Tension',
  colGroup: 'Group',
  colN: 'Answers',
  colCurrent: 'Where we are (mean)',
  colDesired: 'Where we should be (mean)',
  colGap: 'Gap',
  colSpread: 'Spread (sd)',
  colAlignment: 'Alignment',
  colBaseCurrent: 'Baseline: where we are',
  colBaseDesired: 'Baseline: where we should be',
  colMovement: 'Change of the gap',
  colOwnCurrent: 'You: where we are',
  colOwnDesired: 'You: where we should be',
  team: 'Whole team',
  none: '–',
};

export type SummaryKey = keyof typeof en;

const es: Messages<SummaryKey> = {
  noData: 'Todavía no hay respuestas.',
  respondents: 'Respondieron {n} personas.',
  respondent: 'Respondió una persona.',
  respondentsRoles: 'Respondieron {n} personas ({roles}).',
  roleCount: '{role}: {n}',
  roleFewer: '{role} (menos de {min})',
  otherRoles: 'Otros roles',
  noRole: 'personas sin rol',
  otherRolesNote: '{label} reúne {roles}, para que no se puedan deducir las respuestas de nadie.',
  baselineRespondents: 'La línea de base tiene {n} respuestas.',
  largestGap:
    'La mayor brecha está en {tension}: el equipo se ve en {current} de {points} y quiere estar en {desired}, hacia {pole}.',
  noGap: 'En promedio, el equipo quiere quedarse donde está en todas las tensiones.',
  nextGaps: 'Les siguen {list}.',
  gapItem: '{tension} (una brecha de {gap} hacia {pole})',
  leastAligned:
    'Donde el equipo está más dividido es en {tension}: una dispersión de {spread} puntos, con respuestas sobre dónde estamos de {min} a {max}.',
  leastAlignedMixed:
    'Ninguna tensión divide al equipo; la menos alineada es {tension}, con una dispersión de {spread} puntos.',
  allAligned:
    'El equipo está alineado en todas las tensiones (ninguna dispersión supera {spread} puntos).',
  roleDifference:
    'Los roles difieren más en {tension}: sobre {measure}, el grupo {low} promedia {lowMean} y el grupo {high} {highMean}, con {difference} puntos de diferencia.',
  noRoleDifference:
    'No se pueden comparar roles: menos de dos roles se pueden mostrar por separado (grupos de al menos {min}).',
  movement:
    'Desde la línea de base, el mayor movimiento está en {tension}: {measure} se movió {delta} puntos hacia {pole}.',
  noMovement: 'Desde la línea de base, los promedios del equipo no se han movido.',
  suppressed: 'Las cifras de {roles} se ocultan donde respondieron menos de {min}.',
  heldBack: 'Las cifras de {roles} también se reservan donde delatarían a un grupo más pequeño.',
  measureCurrent: 'dónde estamos',
  measureDesired: 'dónde deberíamos estar',
  and: ' y ',
  comma: ', ',
  leftPole: 'el polo izquierdo',
  rightPole: 'el polo derecho',
  tensionLine: '{tension}, {index} de {count}.',
  tensionFigures:
    'Dónde estamos {current}, dónde deberíamos estar {desired} (de {points}): una brecha de {gap} hacia {pole}.',
  tensionNoGap:
    'Dónde estamos {current}, dónde deberíamos estar {desired} (de {points}): sin brecha.',
  tensionNoAnswers: 'Todavía no hay respuestas.',
  alignment: 'Alineación: {alignment}, dispersión {spread}.',
  aligned: 'alineado',
  mixed: 'mixto',
  split: 'dividido',
  tensionMovement: 'Desde la línea de base, la brecha cambió {delta}.',
  tensionOwn: 'Su respuesta: {current} hoy, {desired} como debería ser.',
  laneLine: '{lane}, {tension}.',
  laneAnswers: '{n} respuestas.',
  caption: 'Dónde está el equipo y dónde debería estar, por tensión',
  colTension: 'Tensión',
  colGroup: 'Grupo',
  colN: 'Respuestas',
  colCurrent: 'Dónde estamos (media)',
  colDesired: 'Dónde deberíamos estar (media)',
  colGap: 'Brecha',
  colSpread: 'Dispersión (de)',
  colAlignment: 'Alineación',
  colBaseCurrent: 'Línea de base: dónde estamos',
  colBaseDesired: 'Línea de base: dónde deberíamos estar',
  colMovement: 'Cambio de la brecha',
  colOwnCurrent: 'Usted: dónde estamos',
  colOwnDesired: 'Usted: dónde deberíamos estar',
  team: 'Todo el equipo',
  none: '–',
};

export const summaryStrings: Readonly<Record<Locale, Messages<SummaryKey>>> = { en, es };
