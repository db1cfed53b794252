/** The built-in district rubric in Spanish. */
import type { RubricText } from './rubric-text.js';

// Plain data: the catalog builds it (./rubric-text.js), so this file imports no code.
export const text: RubricText = {
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
