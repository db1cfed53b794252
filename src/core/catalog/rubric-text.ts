/** The shape of the built-in district rubric: ids, groups, and how one language's text becomes a rubric. */
import type { Rubric } from '../schema.js';
import { deepFreeze } from './shared.js';

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
export const DISTRICT_DIMENSION_IDS: readonly DimensionId[] =
  /* @__PURE__ */ DISTRICT_DIMENSIONS.map(([id]) => id);

/** [title, exploring, emerging, proficient, breakthrough] */
type DimensionText = readonly [string, string, string, string, string];
export interface RubricText {
  title: string;
  groups: Record<GroupId, string>;
  dimensions: Record<DimensionId, DimensionText>;
}

/** One language's text as a frozen rubric. */
export function buildRubric(text: RubricText): Rubric {
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

/** The built-in rubrics of one language (the district rubric), frozen. */
export const builtInRubrics = (text: RubricText): readonly Rubric[] =>
  Object.freeze([buildRubric(text)]);
