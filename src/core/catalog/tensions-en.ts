/** The seven tensions in English: question, both poles, and what each pole offers. */
import type { RespondentWords } from '../i18n/keys.js';
import type { TensionText } from './tension-text.js';

// Plain data: the catalog builds it (./tension-text.js), so this file imports no code.
export const text: TensionText = {
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
};

/** The words of <tension-slider> and <tension-survey>, which load with this text. */
export const words: RespondentWords = {
  slider: {
    current: 'Where we are',
    desired: 'Where we should be',
    currentShort: 'Now',
    desiredShort: 'Goal',
    unsure: 'Unsure',
    unanswered: 'not answered yet',
    balanced: 'balanced',
    lean: 'leaning toward “{pole}”',
    mostly: 'mostly toward “{pole}”',
    fully: 'at the “{pole}” end',
    valueText: '{position}, {value} of {points}',
    hint: 'Tap the line or use the arrow keys to place “{marker}”.',
    keys: 'Left and right arrows move a marker; Home and End, to either end.',
    benefits: 'What each side offers',
    requiredNote: '(required)',
    required: 'Place both markers on “{label}”, or check Unsure.',
    configError: 'This slider cannot be shown as configured',
  },
  survey: {
    role: 'Your role',
    choose: 'Choose…',
    progress: '{n} of {total} answered',
    rubricProgress: 'Rubric (optional): {n} of {total} rated',
    submit: 'Submit',
    missing: 'Please answer: {list}.',
    noDrafts: 'Drafts are off in this page.',
    configError: 'This survey cannot be shown as configured',
  },
};
