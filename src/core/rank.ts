/** Orders for showing answers. No DOM. */
import type { SurveyResponse } from './schema.js';

/** One tension of a response, with its gap: how far "should be" is from "where we are". */
export interface RankedTension {
  readonly tension: string;
  readonly current: number | null;
  readonly desired: number | null;
  /** |desired - current|, or null when either marker is unanswered or Unsure. */
  readonly gap: number | null;
}

/**
 * A respondent's tensions, largest gap first; equal gaps keep the order asked, and tensions without
 * both positions come last. `tensions` defaults to the response's own order.
 */
export function rankTensionsByGap(
  response: Pick<SurveyResponse, 'tensions'>,
  tensions: readonly string[] = Object.keys(response.tensions),
): RankedTension[] {
  const ranked = tensions.map((tension) => {
    const { current = null, desired = null } = response.tensions[tension] ?? {};
    const gap = current && desired ? Math.abs(desired - current) : null;
    return { tension, current, desired, gap };
  });
  // Array.prototype.sort is stable, so equal gaps keep the order asked.
  return ranked.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1));
}
