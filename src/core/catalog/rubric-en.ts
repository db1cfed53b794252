/** The built-in district rubric in English. */
import type { RubricText } from './rubric-text.js';

// Plain data: the catalog builds it (./rubric-text.js), so this file imports no code.
export const text: RubricText = {
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
