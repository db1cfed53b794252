/** Shadow-DOM helpers for one `<tension-plan>` in its browser tests. */
import type { TensionPlan } from '../../../../src/components/tension-plan/tension-plan.js';

const words = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

export function harness(el: TensionPlan) {
  const root = el.shadowRoot!;
  return {
    tensions: () => [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.tension')],
    aim: (id: string) =>
      root.querySelector<HTMLElement>(`fieldset[data-tension="${id}"] [role="slider"]`)!,
    field: (id: string, name: string) =>
      root.querySelector<HTMLTextAreaElement>(`[data-t="${id}"][data-f="${name}"]`)!,
    steps: (id: string) => [...root.querySelectorAll(`fieldset[data-tension="${id}"] .step`)],
    button: (label: string) =>
      [...root.querySelectorAll('button')].find((b) => words(b) === label)!,
    statementHeadings: () => [...root.querySelectorAll('.statement h4')].map(words),
    statementParagraphs: () =>
      [...root.querySelectorAll('.statement article > p:first-of-type')].map(words),
    code: () => root.querySelector<HTMLTextAreaElement>('textarea.code'),
    importBox: () => root.querySelector<HTMLTextAreaElement>('.import textarea')!,
    status: () => words(root.querySelector('.status[role="status"]')!),
    active: () => root.activeElement as HTMLElement | null,
  };
}
