/**
 * The built-in ids every layer names: the seven tensions, the four stages, the default survey.
 * A leaf module (it imports nothing) so the schema, the catalog, the codec and the statistics can
 * all share these without importing each other.
 */

export const TENSION_IDS = [
  'locus-of-control',
  'pace',
  'resource-allocation',
  'cultivating-capacity',
  'flexibility',
  'model-type',
  'sharing-learnings',
] as const;
export type TensionId = (typeof TENSION_IDS)[number];

export const STAGE_IDS = ['exploring', 'emerging', 'proficient', 'breakthrough'] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** The survey id of the built-in seven-tension survey; share codes leave it out. */
export const DEFAULT_SURVEY_ID = 'tensions';

/** Whether an id is one of the seven built-in tensions (custom tensions have other ids). */
export function isTensionId(id: string): id is TensionId {
  return (TENSION_IDS as readonly string[]).includes(id);
}

/** 0 for exploring up to 3 for breakthrough; -1 for anything else. */
export function stageIndex(stage: unknown): number {
  return (STAGE_IDS as readonly unknown[]).indexOf(stage);
}
