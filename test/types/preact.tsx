/** @jsxImportSource preact */
// Compiled, never run (tsc -p test/types): every element in Preact TSX through the package's types.
import type {} from 'tensionkit/preact';
import type { SurveyResponse } from 'tensionkit/core';

declare const responses: readonly SurveyResponse[];

export function Everything() {
  return (
    <div>
      <tension-survey
        tensions="equity"
        points={7}
        onsurvey-submit={(event) => console.log(Object.keys(event.detail.tensions).length)}
      />
      <tension-slider tension="equity" ontension-change={(event) => event.detail.current} />
      <stage-rubric rubric="district" />
      <gap-chart responses={responses} />
      <team-results responses={responses} onresponses-change={(event) => event.detail.responses} />
      {/* @ts-expect-error `tensoins` is not an attribute of <tension-survey> */}
      <tension-survey tensoins="equity" />
      {/* @ts-expect-error `responses` takes responses, not a number */}
      <gap-chart responses={42} />
    </div>
  );
}
