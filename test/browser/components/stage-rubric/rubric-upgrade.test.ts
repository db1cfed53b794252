import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { StageRubric } from '../../../../src/components/stage-rubric/stage-rubric.js';
import { drawnTotal, rubricResponses } from '../../../fixtures/rubric-team.js';

// No static import of the element: these rubrics are on the page before it is defined, as on a
// page whose script loads after its HTML, and their responses are set right after definition.

describe('<stage-rubric mode="team"> on the page before its definition', () => {
  it('draws the team chart with data when responses are set right after definition', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <stage-rubric mode="team" id="before"></stage-rubric>
        <stage-rubric mode="team" id="sync"></stage-rubric>
        <stage-rubric mode="team" id="microtask"></stage-rubric>
      </div>`,
    );
    const [before, sync, microtask] = [...host.querySelectorAll('stage-rubric')] as StageRubric[];
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map((arg) => String(arg)).join(' '));
    const onError = (event: ErrorEvent) => errors.push(String(event.message));
    window.addEventListener('error', onError);
    try {
      before!.responses = rubricResponses(12);
      await import('../../../../src/components/stage-rubric/stage-rubric.js');
      sync!.responses = rubricResponses(12);
      await Promise.resolve();
      microtask!.responses = rubricResponses(12);
      for (const el of [before!, sync!, microtask!])
        await waitUntil(() => drawnTotal(el) > 0, `${el.id}: chart drawn with data`, {
          timeout: 10000,
        });
      await aTimeout(100);
    } finally {
      console.error = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const el of [before!, sync!, microtask!]) {
      expect(el.shadowRoot!.textContent).to.include('Responses: 12');
      expect(drawnTotal(el)).to.be.greaterThan(0);
    }
  });
});
