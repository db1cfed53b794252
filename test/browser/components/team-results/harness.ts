/** Shadow-DOM helpers for one `<team-results>` in its browser tests. */
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';

const words = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

export function harness(el: TeamResults) {
  const root = el.shadowRoot!;
  return {
    textarea: () => root.querySelector('textarea')!,
    add: () => root.querySelector<HTMLButtonElement>('.actions button')!,
    file: () => root.querySelector<HTMLInputElement>('input[type="file"]')!,
    radio: (value: string) => root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!,
    rejected: () => [...root.querySelectorAll('.rejected li')].map(words),
    title: () => root.querySelector('.rejected h3')?.textContent?.trim(),
    more: () => root.querySelector('.rejected .more')?.textContent?.trim(),
    status: () => words(root.querySelector('.status')!),
    progress: () => root.querySelector('progress'),
    chart: () => root.querySelector<GapChart>('gap-chart')!,
    prompts: () => [...root.querySelectorAll('.prompt h3')].map((h) => h.textContent!.trim()),
  };
}
