import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURVEY_ID,
  STAGE_IDS,
  TENSION_IDS,
  isTensionId,
  stageIndex,
} from '../../../src/core/ids.js';
import * as catalog from '../../../src/core/catalog/index.js';
import * as codec from '../../../src/core/codec/index.js';
import * as ratings from '../../../src/core/rubric-ratings.js';
import * as schema from '../../../src/core/schema.js';

describe('ids', () => {
  it('knows the seven built-in tensions and nothing else', () => {
    for (const id of TENSION_IDS) expect(isTensionId(id)).toBe(true);
    for (const id of ['Pace', '', 'custom-one', 'toString']) expect(isTensionId(id)).toBe(false);
  });

  it('orders the stages from exploring to breakthrough, -1 for anything else', () => {
    expect(STAGE_IDS.map(stageIndex)).toEqual([0, 1, 2, 3]);
    for (const other of ['done', undefined, null, 2, 'Exploring']) {
      expect(stageIndex(other)).toBe(-1);
    }
  });

  it('is the one definition every module hands out', () => {
    expect(DEFAULT_SURVEY_ID).toBe('tensions');
    expect(schema.DEFAULT_SURVEY_ID).toBe(DEFAULT_SURVEY_ID);
    expect(codec.DEFAULT_SURVEY_ID).toBe(DEFAULT_SURVEY_ID);
    expect(schema.isTensionId).toBe(isTensionId);
    expect(catalog.isTensionId).toBe(isTensionId);
    expect(ratings.stageIndex).toBe(stageIndex);
    expect(schema.TENSION_IDS).toBe(TENSION_IDS);
    expect(schema.STAGE_IDS).toBe(STAGE_IDS);
  });
});
