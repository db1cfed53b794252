// Compiled, never run (tsc -p test/types): every element in React 19 TSX through the types the
// package ships. Each `@ts-expect-error` line must fail to compile, or tsc reports the directive
// as unused and the test fails.
import type {} from 'tensionkit/react';
import type { SurveyResponse } from 'tensionkit/core';

declare const responses: readonly SurveyResponse[];

export function Everything() {
  return (
    <>
      <tension-survey
        tensions="equity innovation"
        roles="Teacher, Parent"
        points={7}
        rubric="district"
        rubric-required
        share-instructions="Paste it in the thread."
        strings={{ submit: 'Send' }}
        lang="es"
        onsurvey-submit={(event) => console.log(Object.keys(event.detail.tensions).length)}
        ontension-change={(event) => console.log(event.detail.tension, event.detail.current)}
        onrubric-change={(event) => console.log(event.detail.dimension)}
        ontk-error={(event) => console.log(event.detail.path)}
        oninput={(event: Event) => console.log(event.type)}
      />
      <tension-slider
        tension="equity"
        points={5}
        left-label="Left"
        right-label="Right"
        required
        ref={(slider) => slider?.focus()}
        ontension-change={(event) => console.log(event.detail.desired)}
      />
      <stage-rubric rubric="district" mode="team" responses={responses} />
      <gap-chart responses={responses} group-by="role" min-group-size={3} for="survey" />
      <team-results
        responses={responses}
        baseline={null}
        onresponses-change={(event) => console.log(event.detail.rejected.length)}
        ongap-select={(event) => console.log(event.detail.tension)}
      />
      <tension-plan responses={responses} onplan-change={(event) => console.log(event.detail)} />
      {/* A misspelled attribute (TSX cannot check names with a dash, such as `data-x`). */}
      {/* @ts-expect-error `tensoins` is not an attribute of <tension-survey> */}
      <tension-survey tensoins="equity" />
      {/* A wrongly typed property. */}
      {/* @ts-expect-error `responses` takes responses, not a number */}
      <team-results responses={42} />
      {/* @ts-expect-error `points` is a number */}
      <tension-slider points="seven" />
      {/* @ts-expect-error a tension-change detail has no `stage` */}
      <tension-slider ontension-change={(event) => event.detail.stage} />
      {/* @ts-expect-error `mode` is 'rate' or 'team' */}
      <stage-rubric mode="teams" />
    </>
  );
}
