/** The built-in district rubric, in English and Spanish: grouped dimensions, a descriptor per stage. */
import type { Locale, Rubric } from '../schema.js';
import { deepFreeze, inLanguage } from './shared.js';

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

/** [title, exploring, emerging, proficient, breakthrough] */
type DimensionText = readonly [string, string, string, string, string];
interface LanguageText {
  title: string;
  groups: Record<GroupId, string>;
  dimensions: Record<DimensionId, DimensionText>;
}

const en: LanguageText = {
  title: 'District conditions for change',
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
  title: 'Condiciones del distrito para el cambio',
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

function build(text: LanguageText): Rubric {
  return deepFreeze({
    id: DEFAULT_RUBRIC_ID,
    title: text.title,
    groups: DISTRICT_GROUP_IDS.map((id) => ({ id, title: text.groups[id] })),
    dimensions: DISTRICT_DIMENSIONS.map(([id, group]) => {
      const [title, exploring, emerging, proficient, breakthrough] = text.dimensions[id];
      return { id, group, title, descriptors: { exploring, emerging, proficient, breakthrough } };
    }),
  });
}

/** Built-in rubrics by language. Frozen: copy one before changing it. */
export const rubricCatalog: Readonly<Record<Locale, readonly Rubric[]>> = Object.freeze({
  en: Object.freeze([build(en)]),
  es: Object.freeze([build(es)]),
});

export function getRubric(
  id: string = DEFAULT_RUBRIC_ID,
  locale: Locale = 'en',
): Rubric | undefined {
  return inLanguage(rubricCatalog, locale).find((r) => r.id === id);
}
