/**
 * Built-in content: the seven tensions, the four stages and the district rubric, in English and
 * Spanish, plus facilitator prompts per tension. Ids are declared once and shared by both
 * languages; each language supplies only text, keyed by id, so the compiler catches a missing entry.
 */
import { STAGE_IDS, TENSION_IDS } from './schema.js';
import type { Locale, Rubric, Stage, StageId, Tension, TensionId } from './schema.js';

export interface CatalogLanguage {
  tensions: readonly Tension[];
  stages: readonly Stage[];
  rubrics: readonly Rubric[];
  prompts: Readonly<Record<TensionId, readonly string[]>>;
}

export const DEFAULT_RUBRIC_ID = 'district';

/** The groups of the district rubric, in display order. */
export const DISTRICT_GROUP_IDS = ['orient', 'enable', 'support', 'equity'] as const;
type GroupId = (typeof DISTRICT_GROUP_IDS)[number];

/** The dimensions of the district rubric, in display order, with the group each belongs to. */
const DISTRICT_DIMENSIONS = [
  ['shared-vision', 'orient'],
  ['roadmap', 'orient'],
  ['implementation-dip', 'orient'],
  ['empowerment', 'enable'],
  ['evaluation-for-improvement', 'enable'],
  ['distributed-leadership', 'enable'],
  ['ownership', 'enable'],
  ['teacher-competencies', 'support'],
  ['professional-pathways', 'support'],
  ['aligned-adult-learning', 'support'],
  ['diversity-inclusion', 'equity'],
  ['culturally-responsive-practice', 'equity'],
] as const satisfies readonly (readonly [string, GroupId])[];
type DimensionId = (typeof DISTRICT_DIMENSIONS)[number][0];
export const DISTRICT_DIMENSION_IDS: readonly DimensionId[] = DISTRICT_DIMENSIONS.map(([id]) => id);

/** [label, benefits] */
type PoleText = readonly [string, readonly string[]];
interface TensionText {
  name: string;
  question: string;
  left: PoleText;
  right: PoleText;
}
/** [title, exploring, emerging, proficient, breakthrough] */
type DimensionText = readonly [string, string, string, string, string];
interface LanguageText {
  tensions: Record<TensionId, TensionText>;
  prompts: Record<TensionId, readonly [string, string]>;
  stages: Record<StageId, readonly [label: string, summary: string]>;
  rubricTitle: string;
  groups: Record<GroupId, string>;
  dimensions: Record<DimensionId, DimensionText>;
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
  stages: {
    exploring: ['Exploring', 'We are learning about the practice and deciding how to begin.'],
    emerging: [
      'Emerging',
      'First steps are in place in some areas, but they are uneven and fragile.',
    ],
    proficient: [
      'Proficient',
      'The practice is consistent across most of the system and guides decisions.',
    ],
    breakthrough: [
      'Breakthrough',
      'The practice is part of how we work, keeps improving, and others learn from it.',
    ],
  },
  rubricTitle: 'District conditions for change',
  groups: {
    orient: 'Orient: set a shared direction',
    enable: 'Enable: empower schools and people',
    support: 'Support: build adult learning',
    equity: 'Equity: reduce bias',
  },
  dimensions: {
    'shared-vision': [
      'Shared vision',
      'There is no written vision for the change, or only central office has seen it.',
      'A vision exists, but few staff or families helped shape it or can explain it.',
      'Staff, students and families, including groups often left out, helped write the vision, and leaders cite it in decisions.',
      'People at every level can say what the vision means for their own work, and the community revisits it together.',
    ],
    roadmap: [
      'Roadmap for change',
      'Work starts project by project, with no plan to begin, grow and sustain it.',
      'A plan lists phases and dates, but no measures show whether it is working.',
      'The roadmap names phases, owners and the evidence to watch, and it is reviewed on a set schedule.',
      'The roadmap is a living plan: evidence regularly changes it, and schools can see why.',
    ],
    'implementation-dip': [
      'Readiness for the implementation dip',
      'No one has discussed the confusion or drop in results a transition can bring.',
      'Leaders expect a dip, but staff and families have not heard about it.',
      'The board and leaders have committed to a multi-year plan, and communication prepares everyone for a dip.',
      'In hard stretches, leaders return to the shared purpose, celebrate small gains and keep the community engaged.',
    ],
    empowerment: [
      'Empowerment and its barriers',
      'Most decisions are made centrally, and schools wait for direction.',
      'Schools are told they have autonomy, but policies, approvals or mixed messages still hold them back.',
      'The district has defined which decisions belong to schools and removes the barriers staff report.',
      'Schools use their authority with confidence, and staff describe the same culture that leaders intend.',
    ],
    'evaluation-for-improvement': [
      'Evaluation for improvement',
      'Assessment and evaluation serve mainly for compliance and ratings.',
      'Some teams use data to improve, but evaluation systems still mostly judge.',
      'Student assessment, teacher evaluation and school reviews feed regular cycles of improvement.',
      'Students, teachers and leaders all use feedback to learn, and mistakes are treated as information.',
    ],
    'distributed-leadership': [
      'Distributed leadership',
      'A few people at the top lead; others are rarely consulted.',
      'Teams and committees exist, but final decisions are often made elsewhere.',
      'Decision processes are written down, roles are clear, and someone checks that they are followed.',
      'Leaders emerge at every level, and teams weigh their ideas against the needs of the whole district.',
    ],
    ownership: [
      'Ownership',
      'The initiative was announced and promoted; most people see it as the district’s project.',
      'Many staff accept the change, but some blame the district when problems arise.',
      'Students, families and staff help write and revise the shared purpose and know what they can decide.',
      'Schools and classrooms have their own versions of the shared purpose, and people regularly reflect on their part in it.',
    ],
    'teacher-competencies': [
      'Teacher competencies',
      'There is no shared description of the knowledge and skills teachers need in the new approach.',
      'A draft list of competencies exists, but it is not tied to student outcomes or used in practice.',
      'A framework links student outcomes, learning experiences and teacher competencies, and guides hiring and coaching.',
      'Teachers help refine the framework, and it shapes professional learning and evaluation alike.',
    ],
    'professional-pathways': [
      'Professional pathways',
      'All teachers follow the same training calendar and career steps.',
      'A few teachers choose their learning or earn micro-credentials, outside the regular system.',
      'Teachers follow personal learning paths, show what they have learned, and can take on specialized roles.',
      'Personal pathways are the norm, are recognized in roles or pay, and keep strong teachers growing here.',
    ],
    'aligned-adult-learning': [
      'Aligned adult learning',
      'Professional learning is mostly presentations about the new approach.',
      'Some coaching or communities of practice exist, but time and resources are scarce.',
      'Teachers learn the way students will: personalized, with coaching, peer communities and protected time.',
      'Time, people and technology have been reallocated so adult learning is part of every school’s week.',
    ],
    'diversity-inclusion': [
      'Diversity and inclusion',
      'The district has not looked at whether its educators reflect its students.',
      'Staff diversity data is collected, but hiring and retention practices have not changed.',
      'The district recruits, supports and keeps educators who reflect its students, and tracks progress.',
      'Staff reflect the community, and educators of every background say the culture includes them.',
    ],
    'culturally-responsive-practice': [
      'Culturally responsive practice',
      'Cultural responsiveness is not part of professional learning.',
      'Some teachers have had training, but central office staff have not.',
      'Teachers and central office staff build culturally responsive skills through ongoing learning.',
      'Culturally responsive practice shapes curriculum, budgets, coaching and classroom work alike.',
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
  stages: {
    exploring: ['Explorando', 'Estamos conociendo la práctica y decidiendo cómo empezar.'],
    emerging: ['Emergente', 'Hay primeros pasos en algunas áreas, pero son desiguales y frágiles.'],
    proficient: [
      'Competente',
      'La práctica es coherente en casi todo el sistema y orienta las decisiones.',
    ],
    breakthrough: [
      'Transformador',
      'La práctica forma parte de nuestra manera de trabajar, sigue mejorando y otros aprenden de ella.',
    ],
  },
  rubricTitle: 'Condiciones del distrito para el cambio',
  groups: {
    orient: 'Orientar: una dirección compartida',
    enable: 'Habilitar: empoderar a escuelas y personas',
    support: 'Apoyar: el aprendizaje de los adultos',
    equity: 'Equidad: reducir los sesgos',
  },
  dimensions: {
    'shared-vision': [
      'Visión compartida',
      'No hay una visión escrita del cambio, o solo la conoce la oficina central.',
      'Existe una visión, pero pocos docentes o familias ayudaron a formarla o pueden explicarla.',
      'Personal, estudiantes y familias, incluidos grupos a menudo excluidos, redactaron la visión, y los líderes la citan al decidir.',
      'En todos los niveles, las personas saben qué significa la visión para su trabajo, y la comunidad la revisa en conjunto.',
    ],
    roadmap: [
      'Hoja de ruta del cambio',
      'El trabajo avanza proyecto por proyecto, sin un plan para empezar, crecer y sostenerlo.',
      'Un plan enumera fases y fechas, pero ninguna medida indica si está funcionando.',
      'La hoja de ruta define fases, responsables y evidencias a observar, y se revisa según un calendario fijo.',
      'La hoja de ruta es un plan vivo: la evidencia la modifica con regularidad y las escuelas entienden por qué.',
    ],
    'implementation-dip': [
      'Preparación para la caída inicial',
      'Nadie ha hablado de la confusión o la baja de resultados que puede traer una transición.',
      'Los líderes esperan una caída, pero el personal y las familias no lo saben.',
      'La junta y los líderes se comprometieron con un plan de varios años, y la comunicación prepara a todos para una caída.',
      'En los momentos difíciles, los líderes vuelven al propósito compartido, celebran los pequeños avances y mantienen a la comunidad involucrada.',
    ],
    empowerment: [
      'Empoderamiento y sus barreras',
      'La mayoría de las decisiones se toman en el centro y las escuelas esperan instrucciones.',
      'Se dice a las escuelas que tienen autonomía, pero normas, aprobaciones o mensajes contradictorios aún las frenan.',
      'El distrito definió qué decisiones corresponden a las escuelas y elimina las barreras que señala el personal.',
      'Las escuelas ejercen su autoridad con confianza, y el personal describe la misma cultura que buscan los líderes.',
    ],
    'evaluation-for-improvement': [
      'Evaluación para la mejora',
      'La evaluación sirve sobre todo para cumplir normas y calificar.',
      'Algunos equipos usan datos para mejorar, pero los sistemas de evaluación siguen sobre todo juzgando.',
      'La evaluación de estudiantes, de docentes y de escuelas alimenta ciclos regulares de mejora.',
      'Estudiantes, docentes y líderes usan la retroalimentación para aprender, y los errores se tratan como información.',
    ],
    'distributed-leadership': [
      'Liderazgo distribuido',
      'Unas pocas personas en la cima dirigen; a las demás rara vez se las consulta.',
      'Existen equipos y comités, pero las decisiones finales suelen tomarse en otra parte.',
      'Los procesos de decisión están escritos, los roles son claros y alguien verifica que se cumplan.',
      'Surgen líderes en todos los niveles, y los equipos valoran sus ideas pensando en todo el distrito.',
    ],
    ownership: [
      'Apropiación',
      'La iniciativa se anunció y promocionó; la mayoría la ve como un proyecto del distrito.',
      'Gran parte del personal acepta el cambio, pero algunos culpan al distrito cuando surgen problemas.',
      'Estudiantes, familias y personal ayudan a redactar y revisar el propósito compartido y saben qué pueden decidir.',
      'Escuelas y aulas tienen su propia versión del propósito compartido, y las personas reflexionan a menudo sobre su aporte.',
    ],
    'teacher-competencies': [
      'Competencias docentes',
      'No hay una descripción compartida de lo que los docentes deben saber y hacer en el nuevo enfoque.',
      'Existe un borrador de competencias, pero no está ligado a los resultados de los estudiantes ni se usa en la práctica.',
      'Un marco vincula los resultados de los estudiantes, las experiencias de aprendizaje y las competencias docentes, y orienta la contratación y el acompañamiento.',
      'Los docentes ayudan a afinar el marco, que guía tanto la formación profesional como la evaluación.',
    ],
    'professional-pathways': [
      'Trayectorias profesionales',
      'Todos los docentes siguen el mismo calendario de formación y los mismos pasos de carrera.',
      'Algunos docentes eligen su formación u obtienen microcredenciales, fuera del sistema habitual.',
      'Los docentes siguen rutas de aprendizaje personales, demuestran lo aprendido y pueden asumir roles especializados.',
      'Las rutas personales son la norma, se reconocen en roles o salario y retienen a buenos docentes que siguen creciendo.',
    ],
    'aligned-adult-learning': [
      'Aprendizaje adulto alineado',
      'La formación profesional consiste sobre todo en presentaciones sobre el nuevo enfoque.',
      'Hay algo de acompañamiento o comunidades de práctica, pero faltan tiempo y recursos.',
      'Los docentes aprenden como aprenderán sus estudiantes: de forma personalizada, con acompañamiento, comunidades de colegas y tiempo protegido.',
      'Se reasignaron tiempo, personas y tecnología para que el aprendizaje adulto forme parte de la semana de cada escuela.',
    ],
    'diversity-inclusion': [
      'Diversidad e inclusión',
      'El distrito no ha examinado si sus educadores reflejan a sus estudiantes.',
      'Se recogen datos de diversidad del personal, pero las prácticas de contratación y retención no han cambiado.',
      'El distrito recluta, apoya y retiene a educadores que reflejan a sus estudiantes, y mide el avance.',
      'El personal refleja a la comunidad, y educadores de todos los orígenes dicen sentirse incluidos.',
    ],
    'culturally-responsive-practice': [
      'Práctica culturalmente pertinente',
      'La pertinencia cultural no forma parte de la formación profesional.',
      'Algunos docentes recibieron formación, pero el personal de la oficina central no.',
      'Docentes y personal de la oficina central desarrollan habilidades culturalmente pertinentes con formación continua.',
      'La práctica culturalmente pertinente orienta por igual el currículo, el presupuesto, el acompañamiento y el trabajo en el aula.',
    ],
  },
};

function pole([label, benefits]: PoleText) {
  return { label, benefits: [...benefits] };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function build(text: LanguageText): CatalogLanguage {
  const rubric: Rubric = {
    id: DEFAULT_RUBRIC_ID,
    title: text.rubricTitle,
    groups: DISTRICT_GROUP_IDS.map((id) => ({ id, title: text.groups[id] })),
    dimensions: DISTRICT_DIMENSIONS.map(([id, group]) => {
      const [title, exploring, emerging, proficient, breakthrough] = text.dimensions[id];
      return { id, group, title, descriptors: { exploring, emerging, proficient, breakthrough } };
    }),
  };
  return deepFreeze({
    tensions: TENSION_IDS.map((id) => {
      const t = text.tensions[id];
      return { id, name: t.name, question: t.question, left: pole(t.left), right: pole(t.right) };
    }),
    stages: STAGE_IDS.map((id) => {
      const [label, summary] = text.stages[id];
      return { id, label, summary };
    }),
    rubrics: [rubric],
    prompts: text.prompts,
  });
}

/** Built-in content by language. Frozen: copy an entry before changing it. */
export const catalog: Readonly<Record<Locale, CatalogLanguage>> = Object.freeze({
  en: build(en),
  es: build(es),
});

/** Facilitator prompts per tension, for a team that is split or far from where it wants to be. */
export const discussionPrompts: Readonly<Record<Locale, CatalogLanguage['prompts']>> =
  Object.freeze({
    en: catalog.en.prompts,
    es: catalog.es.prompts,
  });

function language(locale: Locale | undefined): CatalogLanguage {
  // Callers from plain JavaScript may pass any string; fall back to English.
  return (locale && Object.hasOwn(catalog, locale) ? catalog[locale] : undefined) ?? catalog.en;
}

export function isTensionId(id: string): id is TensionId {
  return (TENSION_IDS as readonly string[]).includes(id);
}

export function getTension(id: string, locale: Locale = 'en'): Tension | undefined {
  return language(locale).tensions.find((t) => t.id === id);
}

export function getStage(id: string, locale: Locale = 'en'): Stage | undefined {
  return language(locale).stages.find((s) => s.id === id);
}

export function getRubric(
  id: string = DEFAULT_RUBRIC_ID,
  locale: Locale = 'en',
): Rubric | undefined {
  return language(locale).rubrics.find((r) => r.id === id);
}

/** The facilitator prompts for a tension, or an empty list for an unknown id. */
export function getPrompts(id: string, locale: Locale = 'en'): readonly string[] {
  return isTensionId(id) ? language(locale).prompts[id] : [];
}
