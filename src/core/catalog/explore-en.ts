/** Explore both sides, in English: signs of leaning too far, and strategies between the poles. */
import type { ExploreText, ExploreWords } from './explore-text.js';

export const words: ExploreWords = {
  tooFar: 'Signs we lean too far toward {pole}',
  strategies: 'How districts charted a path between the two',
};

export const text: ExploreText = {
  'locus-of-control': {
    tooFar: {
      left: [
        'Schools follow the plan to the letter but stop adapting it to their students.',
        'Principals wait for the district to decide, even on small things.',
      ],
      right: [
        'Students who change schools meet very different expectations.',
        'Schools duplicate each other’s work and cannot compare results.',
      ],
    },
    strategies: [
      [
        'Start loose, then add guardrails',
        'Henry County, Georgia, let each school lead its own personalized learning work at first, which drew teachers in. Later the district added shared guardrails, such as an implementation rubric every school uses, to bring more consistency.',
      ],
      [
        'One design process, goals set by schools',
        'Greeley-Evans, Colorado, built its own skill in design thinking, then took each school through design sessions: the same process everywhere, with each school choosing its own goals and strategies.',
      ],
      [
        'Linked schools, chosen communities',
        'Dallas linked schools into feeder patterns so students meet consistent learning as they move up, while teachers join communities of practice of their own choosing.',
      ],
    ],
  },
  pace: {
    tooFar: {
      left: [
        'People are unsure what is changing and why.',
        'Results dip and there is no time to find out why.',
      ],
      right: [
        'Pilots run for years with no decision on what comes next.',
        'Energy fades and people treat the change as optional.',
      ],
    },
    strategies: [
      [
        'Prepare long, then switch at once',
        'Pittsfield spent a long time preparing staff and engaging its community, then moved the whole district in one year; a weekly late start gave teachers time to meet during that hard year.',
      ],
      [
        'Say plainly that it takes years',
        'Chugach secured its board’s commitment to a long-term strategy and told its community the change would take several years, while celebrating each small step of progress.',
      ],
      [
        'Waves with a checkpoint',
        'Agree in advance what a pilot must show before the next group of schools joins, and put the date of that review on the calendar.',
      ],
    ],
  },
  'resource-allocation': {
    tooFar: {
      left: [
        'Schools under the most strain take on the change on top of everything else and burn out.',
        'Early setbacks in the hardest settings make the whole idea look weak.',
      ],
      right: [
        'Schools that already do well pull further ahead.',
        'Families ask why their school was left out.',
      ],
    },
    strategies: [
      [
        'Pair schools',
        'Pair a ready school with a high-need school so they pilot together and pass on what they learn.',
      ],
      [
        'Readiness you can build',
        'Name a few conditions a pilot school needs, such as a committed principal and time for teachers to meet, and give high-need schools extra help to meet them.',
      ],
    ],
  },
  'cultivating-capacity': {
    tooFar: {
      left: [
        'Training everyone ourselves takes so long that the work stalls.',
        'The district keeps rebuilding what others have already built.',
      ],
      right: [
        'When a contract ends, nobody inside knows how to carry on.',
        'Outside programs do not fit local needs, and teachers do not feel they are theirs.',
      ],
    },
    strategies: [
      [
        'Learn the method, then lead it',
        'Greeley-Evans first built its own capacity in design thinking, so that district staff could lead schools through design sessions themselves.',
      ],
      [
        'Partners who train your trainers',
        'Write the hand-over into each partner’s contract: the partner coaches a group of district staff who then take the work over.',
      ],
    ],
  },
  flexibility: {
    tooFar: {
      left: [
        'The district keeps doing what is clearly not working.',
        'Schools stop giving feedback because nothing changes.',
      ],
      right: [
        'Schools cannot keep up with shifting priorities.',
        'People stop investing in any initiative because another will replace it soon.',
      ],
    },
    strategies: [
      [
        'Fixed principles, flexible tactics',
        'RSU2 tests hard decisions, budget debates included, against a short set of guiding principles such as “students learn in different ways and in different timeframes”; the tactics may change, the principles hold.',
      ],
      [
        'Planned moments to change course',
        'Review the strategy at set times, such as twice a year, and change course then, saying openly what changed and why.',
      ],
    ],
  },
  'model-type': {
    tooFar: {
      left: [
        'Schools adopt the model in name but not in practice.',
        'The model does not fit some students or settings.',
      ],
      right: [
        'Schools pick components that do not work together.',
        'No one can say what the district’s approach actually is.',
      ],
    },
    strategies: [
      [
        'A shared core and a menu',
        'Define a small core every school shares, and a menu of tested components schools choose from, with support to choose well.',
      ],
      [
        'One way to design, many designs',
        'As in Greeley-Evans, give every school the same design process so its own choices stay coherent with the district’s.',
      ],
    ],
  },
  'sharing-learnings': {
    tooFar: {
      left: [
        'People hear only success stories and hide their problems.',
        'Practices are copied without the conditions that made them work.',
      ],
      right: [
        'Staff grow discouraged hearing mostly about what went wrong.',
        'Lessons are shared but no decision follows from them.',
      ],
    },
    strategies: [
      [
        'Tell the inside story',
        'Beside the results, share the nuts and bolts: what was tried, what failed, and what changed because of it.',
      ],
      [
        'Leaders go first',
        'Open each check-in with one thing that did not work, told by a leader, so that others feel safe to do the same.',
      ],
    ],
  },
};
