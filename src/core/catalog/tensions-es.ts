/** The seven tensions in Spanish: question, both poles, and what each pole offers. */
import type { TensionText } from './tension-text.js';
import type { RespondentWords } from '../i18n/keys.js';

// Plain data: the catalog builds it (./tension-text.js), so this file imports no code.
export const text: TensionText = {
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
};

/** The words of <tension-slider> and <tension-survey>, which load with this text. */
export const words: RespondentWords = {
  slider: {
    current: 'Dónde estamos',
    desired: 'Dónde deberíamos estar',
    currentShort: 'Hoy',
    desiredShort: 'Meta',
    unsure: 'No lo sé',
    unanswered: 'sin responder',
    balanced: 'en equilibrio',
    lean: 'un poco hacia «{pole}»',
    mostly: 'bastante hacia «{pole}»',
    fully: 'en el extremo «{pole}»',
    valueText: '{position}, {value} de {points}',
    hint: 'Toque la línea o use las flechas para colocar «{marker}».',
    keys: 'Las flechas izquierda y derecha mueven un marcador; Inicio y Fin, a cada extremo.',
    benefits: 'Lo que ofrece cada lado',
    requiredNote: '(obligatorio)',
    required: 'Coloque ambos marcadores en «{label}» o marque «No lo sé».',
    configError: 'Este control no se puede mostrar con esta configuración',
  },
  survey: {
    role: 'Su función',
    choose: 'Elija…',
    progress: '{n} de {total} respondidas',
    rubricProgress: 'Rúbrica (opcional): {n} de {total} valoradas',
    submit: 'Enviar',
    missing: 'Falta responder: {list}.',
    noDrafts: 'Borradores desactivados.',
    configError: 'Esta encuesta no se puede mostrar con esta configuración',
  },
};
