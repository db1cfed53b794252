import { html } from 'lit';
import type { InputProblem } from '../core/schema.js';
import { reportError } from './events.js';

const reported = new WeakMap<HTMLElement, string>();

/**
 * Reports bad configuration the contract's way (console.error naming the field, a `tk-error`
 * event), once per distinct set of problems so a re-render does not repeat it.
 */
export function reportProblems(host: HTMLElement, problems: readonly InputProblem[]): void {
  const key = JSON.stringify(problems);
  if (reported.get(host) === key) return;
  reported.set(host, key);
  const [first] = problems;
  if (!first) return;
  reportError(host, { message: first.message, path: first.path, problems });
}

/** Forgets what was reported, so the same mistake made again is reported again. */
export function clearReported(host: HTMLElement): void {
  reported.delete(host);
}

/** The visible message inside the element. Text from config is rendered as text, never HTML. */
export function configErrorTemplate(title: string, problems: readonly InputProblem[]) {
  return html`<div class="config-error" role="alert" part="error">
    <strong>${title}</strong>
    <ul>
      ${problems.map(
        (problem) =>
          html`<li>
            ${problem.path ? html`<code>${problem.path}</code>: ` : ''}${problem.message}
          </li>`,
      )}
    </ul>
  </div>`;
}
