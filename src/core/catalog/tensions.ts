/**
 * The seven tensions and the facilitator prompts, in English and Spanish, with the four stages
 * (from ./stages.js). Kept apart from the rubric so a page with only sliders does not load the
 * rubric's text.
 */
import { TENSION_IDS } from '../schema.js';
import type { Locale, Stage, Tension, TensionId } from '../schema.js';
import { deepFreeze, inLanguage } from './shared.js';
import { getStage, stagesIn } from './stages.js';

/** [label, benefits] */
type PoleText = readonly [string, readonly string[]];
interface TensionText {
  name: string;
  question: string;
  left: PoleText;
  right: PoleText;
}
interface LanguageText {
  tensions: Record<TensionId, TensionText>;
  prompts: Record<TensionId, readonly [string, string]>;
}

export interface TensionCatalog {
  tensions: readonly Tension[];
  stages: readonly Stage[];
  prompts: Readonly<Record<TensionId, readonly string[]>>;
}

const en: LanguageText = {
  tensions: {
    'locus-of-control': {
      name: 'Locus of control',
      question:
        'How much of the implementation should the district decide, and how much should each school decide for itself?',
      left: [
        'Centralized',
        [
          'Every school gets the same expectations and supports.',
          'Students find comparable opportunities wherever they enroll.',
          'The district can coordinate training, purchasing and data.',
        ],
      ],
      right: [
        'Decentralized',
        [
          'Schools can shape the work around their own students.',
          'Principals and teachers feel it is theirs and invest more in it.',
          'Good ideas can come from any classroom.',
        ],
      ],
    },
    pace: {
      name: 'Pace',
      question: 'How quickly should we move from pilots to the whole district?',
      left: [
        'Fast',
        [
          'Momentum keeps energy high and shows commitment.',
          'More students benefit sooner.',
          'Problems surface early, while there is still time to fix them.',
        ],
      ],
      right: [
        'Slow and steady',
        [
          'People have time to understand the change and trust it.',
          'Lessons from each pilot shape the next step.',
          'Changes are more likely to last.',
        ],
      ],
    },
    'resource-allocation': {
      name: 'Resource allocation',
      question:
        'When we choose where to pilot and where to invest, which schools and classrooms come first?',
      left: [
        'Most need',
        [
          'Support goes where gaps in outcomes are widest.',
          'The work is clearly about equity.',
          'Students who have waited longest are served first.',
        ],
      ],
      right: [
        'Most ready',
        [
          'Eager leaders and staff can show results sooner.',
          'Early successes become examples that others can visit.',
          'Scarce resources are less likely to be wasted.',
        ],
      ],
    },
    'cultivating-capacity': {
      name: 'Cultivating capacity',
      question:
        'Should we grow expertise among our own staff, or bring it in through programs, consultants and partners?',
      left: [
        'Build',
        [
          'Know-how stays in the district after partners leave.',
          'Learning fits our own context and culture.',
          'Staff grow into leaders of the work.',
        ],
      ],
      right: [
        'Buy',
        [
          'Proven expertise is available right away.',
          'Partners bring lessons from many other systems.',
          'Staff time stays focused on students.',
        ],
      ],
    },
    flexibility: {
      name: 'Flexibility',
      question: 'Should our strategy hold steady over time, or change as we learn from experience?',
      left: [
        'Fixed strategy',
        [
          'Everyone knows what to expect and can plan ahead.',
          'A steady course builds credibility with staff and families.',
          'Results can be judged against a stable plan.',
        ],
      ],
      right: [
        'Adapt quickly',
        [
          'We can drop what fails and grow what works.',
          'The plan keeps up with new needs and tools.',
          'Staff see that their feedback changes things.',
        ],
      ],
    },
    'model-type': {
      name: 'Model type',
      question:
        'Should we offer schools one complete model, or let them pick the components and supports that fit?',
      left: [
        'Common model',
        [
          'A complete design is easier to adopt and to support.',
          'Training, materials and tools can be shared across schools.',
          'Students who change schools find a familiar approach.',
        ],
      ],
      right: [
        'Choose components',
        [
          'Schools keep what already works and add what they lack.',
          'Teachers choose the pieces that suit their students.',
          'Having a choice builds commitment.',
        ],
      ],
    },
    'sharing-learnings': {
      name: 'Sharing learnings',
      question:
        'When we spread ideas across the district, do we share our successes or the story of what went wrong and how we worked?',
      left: [
        'Best practices',
        [
          'Colleagues get clear examples that are ready to use.',
          'Visible success builds confidence and support for the work.',
        ],
      ],
      right: [
        'Failures and process',
        [
          'Others can avoid the mistakes we made.',
          'Candid stories make it safer to try something new.',
          'The practical details help others adapt an idea.',
        ],
      ],
    },
  },
  prompts: {
    'locus-of-control': [
      'Which decisions belong to schools today, and which should? Where do our lists differ?',
      'What guardrails would let schools adapt the work without losing consistency for students?',
    ],
    pace: [
      'Some of us feel we move too fast and others too slow. What is each of us seeing?',
      'What evidence would tell us we are ready for the next wave of schools?',
    ],
    'resource-allocation': [
      'Who gains and who waits under our current choice of schools? Is that the trade-off we want?',
      'Could we pair ready schools with high-need schools so that both benefit?',
    ],
    'cultivating-capacity': [
      'Which skills must stay inside the district once outside partners leave?',
      'Where would a partner save us time we cannot afford to lose?',
    ],
    flexibility: [
      'Which parts of our strategy should not change, and which are we willing to revise?',
      'How and when will we decide to change course, and how will we explain it?',
    ],
    'model-type': [
      'What must every school share for students to be served fairly, and what can schools choose?',
      'What help would a school need to choose its components well?',
    ],
    'sharing-learnings': [
      'What setback from this year could we share with other schools, and what stops us?',
      'How could our check-ins value honest accounts of process, not only results?',
    ],
  },
};

const es: LanguageText = {
  tensions: {
    'locus-of-control': {
      name: 'Locus de control',
      question:
        '¿Cuánto de la implementación debe decidir el distrito y cuánto debe decidir cada escuela por sí misma?',
      left: [
        'Centralizado',
        [
          'Todas las escuelas reciben las mismas expectativas y apoyos.',
          'Los estudiantes encuentran oportunidades similares en cualquier escuela.',
          'El distrito puede coordinar la formación, las compras y los datos.',
        ],
      ],
      right: [
        'Descentralizado',
        [
          'Las escuelas pueden adaptar el trabajo a sus propios estudiantes.',
          'Directores y docentes lo sienten como propio y se comprometen más.',
          'Las buenas ideas pueden surgir de cualquier aula.',
        ],
      ],
    },
    pace: {
      name: 'Ritmo',
      question: '¿Con qué rapidez debemos pasar de los pilotos a todo el distrito?',
      left: [
        'Rápido',
        [
          'El impulso mantiene la energía y demuestra compromiso.',
          'Más estudiantes se benefician antes.',
          'Los problemas aparecen pronto, cuando aún hay tiempo para resolverlos.',
        ],
      ],
      right: [
        'Lento y constante',
        [
          'Las personas tienen tiempo para entender el cambio y confiar en él.',
          'Lo aprendido en cada piloto orienta el siguiente paso.',
          'Los cambios tienen más probabilidades de perdurar.',
        ],
      ],
    },
    'resource-allocation': {
      name: 'Asignación de recursos',
      question:
        'Al elegir dónde hacer pilotos y dónde invertir, ¿qué escuelas y aulas van primero?',
      left: [
        'Mayor necesidad',
        [
          'El apoyo llega donde las brechas de resultados son mayores.',
          'El trabajo se centra claramente en la equidad.',
          'Se atiende primero a los estudiantes que más han esperado.',
        ],
      ],
      right: [
        'Mayor preparación',
        [
          'Líderes y equipos motivados pueden mostrar resultados antes.',
          'Los primeros éxitos se convierten en ejemplos que otros pueden visitar.',
          'Es menos probable desperdiciar recursos escasos.',
        ],
      ],
    },
    'cultivating-capacity': {
      name: 'Desarrollo de capacidades',
      question:
        '¿Debemos desarrollar la experiencia de nuestro propio personal o traerla mediante programas, consultores y aliados?',
      left: [
        'Desarrollar internamente',
        [
          'El conocimiento se queda en el distrito cuando los aliados se van.',
          'La formación se ajusta a nuestro contexto y cultura.',
          'El personal crece hasta liderar el trabajo.',
        ],
      ],
      right: [
        'Contratar fuera',
        [
          'Se cuenta de inmediato con experiencia probada.',
          'Los aliados aportan lecciones de muchos otros sistemas.',
          'El tiempo del personal sigue centrado en los estudiantes.',
        ],
      ],
    },
    flexibility: {
      name: 'Flexibilidad',
      question:
        '¿Debe nuestra estrategia mantenerse estable en el tiempo o cambiar según lo que aprendemos?',
      left: [
        'Estrategia fija',
        [
          'Todos saben qué esperar y pueden planificar.',
          'Un rumbo estable da credibilidad ante el personal y las familias.',
          'Los resultados se pueden evaluar frente a un plan estable.',
        ],
      ],
      right: [
        'Adaptarse rápido',
        [
          'Podemos dejar lo que falla y ampliar lo que funciona.',
          'El plan se mantiene al día con nuevas necesidades y herramientas.',
          'El personal ve que sus comentarios generan cambios.',
        ],
      ],
    },
    'model-type': {
      name: 'Tipo de modelo',
      question:
        '¿Debemos ofrecer a las escuelas un modelo completo o dejar que elijan los componentes y apoyos que les sirvan?',
      left: [
        'Modelo común',
        [
          'Un diseño completo es más fácil de adoptar y de apoyar.',
          'La formación, los materiales y las herramientas se comparten entre escuelas.',
          'Los estudiantes que cambian de escuela encuentran un enfoque conocido.',
        ],
      ],
      right: [
        'Elegir componentes',
        [
          'Las escuelas conservan lo que ya funciona y añaden lo que les falta.',
          'Los docentes eligen las piezas que convienen a sus estudiantes.',
          'Poder elegir genera compromiso.',
        ],
      ],
    },
    'sharing-learnings': {
      name: 'Compartir aprendizajes',
      question:
        'Al difundir ideas en el distrito, ¿compartimos nuestros éxitos o la historia de lo que salió mal y de cómo trabajamos?',
      left: [
        'Mejores prácticas',
        [
          'Los colegas reciben ejemplos claros y listos para usar.',
          'Los éxitos visibles generan confianza y apoyo para el trabajo.',
        ],
      ],
      right: [
        'Fracasos y procesos',
        [
          'Otros pueden evitar los errores que cometimos.',
          'Las historias sinceras hacen más seguro probar algo nuevo.',
          'Los detalles prácticos ayudan a otros a adaptar una idea.',
        ],
      ],
    },
  },
  prompts: {
    'locus-of-control': [
      '¿Qué decisiones corresponden hoy a las escuelas y cuáles deberían corresponderles? ¿En qué difieren nuestras listas?',
      '¿Qué límites permitirían a las escuelas adaptar el trabajo sin perder coherencia para los estudiantes?',
    ],
    pace: [
      'Algunos sentimos que vamos demasiado rápido y otros demasiado lento. ¿Qué está viendo cada uno?',
      '¿Qué evidencia nos diría que estamos listos para sumar más escuelas?',
    ],
    'resource-allocation': [
      '¿Quién gana y quién espera con nuestra elección actual de escuelas? ¿Es el equilibrio que buscamos?',
      '¿Podríamos emparejar escuelas preparadas con escuelas de mayor necesidad para que ambas se beneficien?',
    ],
    'cultivating-capacity': [
      '¿Qué habilidades deben quedarse en el distrito cuando se vayan los aliados externos?',
      '¿Dónde nos ahorraría un aliado un tiempo que no podemos perder?',
    ],
    flexibility: [
      '¿Qué partes de nuestra estrategia no deben cambiar y cuáles estamos dispuestos a revisar?',
      '¿Cómo y cuándo decidiremos cambiar de rumbo, y cómo lo explicaremos?',
    ],
    'model-type': [
      '¿Qué deben compartir todas las escuelas para atender a los estudiantes con justicia, y qué pueden elegir?',
      '¿Qué ayuda necesitaría una escuela para elegir bien sus componentes?',
    ],
    'sharing-learnings': [
      '¿Qué tropiezo de este año podríamos compartir con otras escuelas, y qué nos lo impide?',
      '¿Cómo podrían nuestras reuniones de seguimiento valorar relatos honestos del proceso, no solo los resultados?',
    ],
  },
};

function pole([label, benefits]: PoleText) {
  return { label, benefits: [...benefits] };
}

function build(text: LanguageText, locale: Locale): TensionCatalog {
  return deepFreeze({
    tensions: TENSION_IDS.map((id) => {
      const t = text.tensions[id];
      return { id, name: t.name, question: t.question, left: pole(t.left), right: pole(t.right) };
    }),
    stages: stagesIn(locale),
    prompts: text.prompts,
  });
}

export const tensionCatalog: Readonly<Record<Locale, TensionCatalog>> = Object.freeze({
  en: build(en, 'en'),
  es: build(es, 'es'),
});

export function isTensionId(id: string): id is TensionId {
  return (TENSION_IDS as readonly string[]).includes(id);
}

export function getTension(id: string, locale: Locale = 'en'): Tension | undefined {
  return inLanguage(tensionCatalog, locale).tensions.find((t) => t.id === id);
}

export { getStage };

/** The facilitator prompts for a tension, or an empty list for an unknown id. */
export function getPrompts(id: string, locale: Locale = 'en'): readonly string[] {
  return isTensionId(id) ? inLanguage(tensionCatalog, locale).prompts[id] : [];
}
