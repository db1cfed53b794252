/** Explorar ambos lados, en español: señales de inclinarse demasiado y estrategias entre los polos. */
import type { ExploreText, ExploreWords } from './explore-text.js';

export const words: ExploreWords = {
  tooFar: 'Señales de que nos inclinamos demasiado hacia {pole}',
  strategies: 'Cómo trazaron otros distritos un camino entre ambos',
};

export const text: ExploreText = {
  'locus-of-control': {
    tooFar: {
      left: [
        'Las escuelas siguen el plan al pie de la letra pero dejan de adaptarlo a sus estudiantes.',
        'Los directores esperan que el distrito decida, incluso en asuntos menores.',
      ],
      right: [
        'Los estudiantes que cambian de escuela encuentran expectativas muy distintas.',
        'Las escuelas repiten el trabajo de otras y no pueden comparar resultados.',
      ],
    },
    strategies: [
      [
        'Empezar con libertad y luego poner límites',
        'Henry County, en Georgia, dejó al principio que cada escuela liderara su propio trabajo de aprendizaje personalizado, lo que atrajo a los docentes. Más tarde el distrito sumó límites comunes, como una rúbrica de implementación que usa cada escuela, para ganar coherencia.',
      ],
      [
        'Un mismo proceso de diseño, metas de cada escuela',
        'Greeley-Evans, en Colorado, desarrolló su propia capacidad en pensamiento de diseño y luego guio a cada escuela en sesiones de diseño: el mismo proceso en todas, con metas y estrategias elegidas por cada escuela.',
      ],
      [
        'Escuelas enlazadas, comunidades elegidas',
        'Dallas enlazó escuelas en trayectos de continuidad para que los estudiantes encuentren un aprendizaje coherente al avanzar, mientras los docentes se suman a comunidades de práctica que ellos mismos eligen.',
      ],
    ],
  },
  pace: {
    tooFar: {
      left: [
        'La gente no sabe bien qué está cambiando ni por qué.',
        'Los resultados bajan y no hay tiempo para entender la causa.',
      ],
      right: [
        'Los pilotos duran años sin que se decida el paso siguiente.',
        'La energía se apaga y el cambio se vive como algo opcional.',
      ],
    },
    strategies: [
      [
        'Preparar a fondo y luego cambiar de una vez',
        'Pittsfield dedicó mucho tiempo a preparar al personal y a involucrar a su comunidad, y luego cambió todo el distrito en un año; un inicio tardío semanal dio a los docentes tiempo para reunirse durante ese año difícil.',
      ],
      [
        'Decir con claridad que llevará años',
        'Chugach aseguró el compromiso de su junta con una estrategia de largo plazo y explicó a su comunidad que el cambio tomaría varios años, celebrando cada pequeño avance.',
      ],
      [
        'Etapas con un punto de control',
        'Acordar de antemano qué debe mostrar un piloto antes de que se sume el siguiente grupo de escuelas, y poner en el calendario la fecha de esa revisión.',
      ],
    ],
  },
  'resource-allocation': {
    tooFar: {
      left: [
        'Las escuelas con más presión suman el cambio a todo lo demás y se agotan.',
        'Los primeros tropiezos en los contextos más difíciles hacen que la idea parezca débil.',
      ],
      right: [
        'Las escuelas a las que ya les va bien se adelantan todavía más.',
        'Las familias preguntan por qué su escuela quedó fuera.',
      ],
    },
    strategies: [
      [
        'Emparejar escuelas',
        'Emparejar una escuela preparada con una de mayor necesidad para que hagan el piloto juntas y compartan lo que aprenden.',
      ],
      [
        'Una preparación que se puede construir',
        'Nombrar unas pocas condiciones que necesita una escuela piloto, como un director comprometido y tiempo para que los docentes se reúnan, y dar más ayuda a las escuelas de mayor necesidad para cumplirlas.',
      ],
    ],
  },
  'cultivating-capacity': {
    tooFar: {
      left: [
        'Formar a todos por nuestra cuenta lleva tanto tiempo que el trabajo se estanca.',
        'El distrito vuelve a construir lo que otros ya construyeron.',
      ],
      right: [
        'Cuando termina un contrato, nadie adentro sabe cómo seguir.',
        'Los programas externos no se ajustan a las necesidades locales y los docentes no los sienten propios.',
      ],
    },
    strategies: [
      [
        'Aprender el método y luego liderarlo',
        'Greeley-Evans primero desarrolló su propia capacidad en pensamiento de diseño, para que el personal del distrito pudiera guiar por sí mismo las sesiones de diseño de las escuelas.',
      ],
      [
        'Aliados que forman a sus formadores',
        'Incluir el traspaso en el contrato de cada aliado: el aliado acompaña a un grupo del distrito que luego se hace cargo del trabajo.',
      ],
    ],
  },
  flexibility: {
    tooFar: {
      left: [
        'El distrito sigue haciendo lo que claramente no funciona.',
        'Las escuelas dejan de opinar porque nada cambia.',
      ],
      right: [
        'Las escuelas no logran seguir prioridades que cambian sin cesar.',
        'La gente deja de comprometerse con cualquier iniciativa porque pronto llegará otra.',
      ],
    },
    strategies: [
      [
        'Principios fijos, tácticas flexibles',
        'RSU2 pone a prueba las decisiones difíciles, incluidos los debates de presupuesto, con un conjunto breve de principios como “los estudiantes aprenden de maneras y a ritmos distintos”; las tácticas pueden cambiar, los principios se mantienen.',
      ],
      [
        'Momentos previstos para corregir el rumbo',
        'Revisar la estrategia en fechas fijas, por ejemplo dos veces al año, y cambiar el rumbo en ese momento, diciendo abiertamente qué cambió y por qué.',
      ],
    ],
  },
  'model-type': {
    tooFar: {
      left: [
        'Las escuelas adoptan el modelo de nombre pero no en la práctica.',
        'El modelo no se ajusta a algunos estudiantes o contextos.',
      ],
      right: [
        'Las escuelas eligen componentes que no funcionan bien juntos.',
        'Nadie sabe decir cuál es, en realidad, el enfoque del distrito.',
      ],
    },
    strategies: [
      [
        'Un núcleo común y un menú',
        'Definir un núcleo pequeño que comparten todas las escuelas y un menú de componentes probados entre los que eligen, con apoyo para elegir bien.',
      ],
      [
        'Una forma de diseñar, muchos diseños',
        'Como en Greeley-Evans, dar a todas las escuelas el mismo proceso de diseño para que sus propias elecciones sigan siendo coherentes con las del distrito.',
      ],
    ],
  },
  'sharing-learnings': {
    tooFar: {
      left: [
        'Solo se escuchan historias de éxito y los problemas se esconden.',
        'Se copian prácticas sin las condiciones que las hicieron funcionar.',
      ],
      right: [
        'El personal se desanima al oír sobre todo lo que salió mal.',
        'Se comparten lecciones pero ninguna decisión se desprende de ellas.',
      ],
    },
    strategies: [
      [
        'Contar la historia desde adentro',
        'Junto a los resultados, compartir los detalles prácticos: qué se intentó, qué falló y qué cambió por eso.',
      ],
      [
        'Los líderes van primero',
        'Empezar cada reunión de seguimiento con algo que no funcionó, contado por un líder, para que los demás se sientan seguros de hacer lo mismo.',
      ],
    ],
  },
};
