/**
 * `<team-results>` with heavy and awkward input: a junk file, a 10 MB CSV, 100,000 pasted
 * numbers, rejected share codes in the paste box, a code and its own CSV row, and CSV exports.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/team-results/team-results.js';
import type {
  ResponsesChangeDetail,
  TeamResults,
} from '../../../../src/components/team-results/team-results.js';
import { encodeShareCode, toCSV } from '../../../../src/core/codec/index.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';
import { harness } from './harness.js';

/** Records the waits between animation frames; `longest(until)` is the longest up to a time. */
function frameTicker() {
  const frames: number[] = [performance.now()];
  let running = true;
  const frame = (now: number) => {
    frames.push(now);
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {
    longest(until = performance.now()) {
      running = false;
      const before = frames.filter((time) => time <= until);
      let longest = until - before.at(-1)!;
      for (let i = 1; i < before.length; i++) {
        longest = Math.max(longest, before[i]! - before[i - 1]!);
      }
      return longest;
    },
  };
}

/** The time the element first starts an update with new responses (its figures follow). */
function whenResponsesSet(el: TeamResults): { at: number | null } {
  const seen: { at: number | null } = { at: null };
  const host = el as unknown as { willUpdate(changed: Map<string, unknown>): void };
  const willUpdate = host.willUpdate.bind(el);
  host.willUpdate = (changed) => {
    if (changed.has('responses') && seen.at === null) seen.at = performance.now();
    willUpdate(changed);
  };
  return seen;
}

function fileInput(el: TeamResults, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  const input = harness(el).file();
  input.files = transfer.files;
  return input;
}

async function chooseFile(el: TeamResults, file: File | HTMLInputElement) {
  const input = file instanceof File ? fileInput(el, file) : file;
  const changed = oneEvent(el, 'responses-change');
  input.dispatchEvent(new Event('change'));
  const event = (await changed) as CustomEvent<ResponsesChangeDetail>;
  return event.detail;
}

async function paste(el: TeamResults, text: string) {
  const h = harness(el);
  h.textarea().value = text;
  const changed = oneEvent(el, 'responses-change');
  h.add().click();
  const event = (await changed) as CustomEvent<ResponsesChangeDetail>;
  await el.updateComplete;
  return event.detail;
}

/** About `bytes` of CSV: the fixture team's rows again and again under new ids. */
function bigCsv(bytes: number): { text: string; rows: number } {
  const [header, ...rows] = toCSV(fixtureTeam()).trim().split('\r\n');
  const lines = [header!];
  let size = header!.length;
  for (let i = 0; size < bytes; i++) {
    const row = rows[i % rows.length]!.replace(/^[^,]+/, `big-${i}`);
    lines.push(row);
    size += row.length + 2;
  }
  return { text: lines.join('\r\n'), rows: lines.length - 1 };
}

/**
 * The longest frame gap allowed. Before slicing, these imports blocked the page for 8 to 34 s in
 * one piece. Alone, Chromium's longest gap is 20 to 83 ms (slices are 8 ms); `npm test` runs
 * Firefox beside it on the same two cores, and Firefox lays out a 100,000-line textarea again when
 * the page around it changes, so the bounds leave room for that load and still fail one block.
 */
const FRAME_GAP = navigator.userAgent.includes('Firefox')
  ? { read: 1500, paste: 2000 }
  : { read: 400, paste: 400 };

describe('<team-results> with heavy input', () => {
  it('lists the first 20 lines of a 1 MB junk file from src and counts the rest', async function () {
    this.timeout(120_000);
    let seed = 7;
    let junk = '';
    while (junk.length < 1_000_000) {
      seed = (seed * 16807) % 2147483647;
      // Printable characters and line breaks, no spaces: long tokens, one per line.
      junk += seed % 9 === 0 ? '\n' : String.fromCharCode(33 + (seed % 94));
    }
    const url = URL.createObjectURL(new Blob([junk], { type: 'text/plain' }));
    const ticker = frameTicker();
    const el = await fixture<TeamResults>(html`<team-results src=${url}></team-results>`);
    await waitUntil(() => harness(el).status().startsWith('Added'), 'src did not load', {
      timeout: 100_000,
    });
    const longest = ticker.longest();
    await el.updateComplete;
    URL.revokeObjectURL(url);
    const h = harness(el);
    expect(h.rejected()).to.have.length(20);
    const total = Number(/\(([\d,]+)\)/.exec(h.title()!)![1]!.replace(/,/g, ''));
    expect(total).to.be.greaterThan(50_000);
    expect(h.more()).to.equal(`And ${(total - 20).toLocaleString('en')} more lines not imported.`);
    expect(longest, `longest frame gap ${longest} ms`).to.be.lessThan(FRAME_GAP.read);
    await expect(el).to.be.accessible();
  });

  it('keeps frames coming while a 10 MB CSV is read, and shows its progress', async function () {
    this.timeout(180_000);
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const { text, rows } = bigCsv(10_000_000);
    const file = new File([text], 'big.csv', { type: 'text/csv' });
    const seen = { progress: false, statuses: new Set<string>() };
    const observer = new MutationObserver(() => {
      const h = harness(el);
      if (h.progress()) seen.progress = true;
      const reading = /Reading big\.csv… \d+%/.exec(h.status());
      if (reading) seen.statuses.add(reading[0]);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const input = fileInput(el, file);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const set = whenResponsesSet(el);
    const ticker = frameTicker();
    const started = performance.now();
    const detail = await chooseFile(el, input);
    // While the file is read and merged; then the figures of 100,000 responses are computed
    // once (logged, not asserted: that is the aggregate's work, not the reader's).
    const longest = ticker.longest(set.at!);
    const took = set.at! - started;
    console.log(`10 MB CSV: read in ${Math.round(took)} ms, longest frame gap ${longest} ms`);
    observer.disconnect();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    console.log(
      `then the figures of ${rows} responses: ${Math.round(performance.now() - set.at!)} ms`,
    );
    expect(detail.responses).to.have.length(rows);
    expect(detail.rejected).to.deep.equal([]);
    expect(seen.progress).to.equal(true);
    expect(seen.statuses.size).to.be.greaterThan(2);
    // The page paints between slices of about 8 ms; 100 ms allows for a loaded test machine.
    expect(longest, `longest frame gap ${longest} ms over ${Math.round(took)} ms`).to.be.lessThan(
      FRAME_GAP.read,
    );
    await el.updateComplete;
    expect(harness(el).progress()).to.equal(null);
    expect(harness(el).status()).to.include(`Added ${rows} responses from big.csv.`);
  });

  it('takes 100,000 pasted numbers in seconds, lists 20 and keeps them in the box', async function () {
    this.timeout(120_000);
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const numbers = Array.from({ length: 100_000 }, (_, i) => String(1000 + i)).join('\n');
    // The browser's own work for the paste (seconds for 100,000 lines in a textarea) comes first.
    harness(el).textarea().value = numbers;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const ticker = frameTicker();
    const started = performance.now();
    const changed = oneEvent(el, 'responses-change');
    harness(el).add().click();
    const detail = ((await changed) as CustomEvent<ResponsesChangeDetail>).detail;
    await el.updateComplete;
    const took = performance.now() - started;
    const longest = ticker.longest();
    expect(detail.rejected).to.have.length(100_000);
    const h = harness(el);
    expect(h.rejected()).to.have.length(20);
    expect(h.rejected()[0]).to.match(/^the pasted text: Line 1: 1000: /);
    expect(h.more()).to.equal('And 99,980 more lines not imported.');
    expect(h.textarea().value).to.equal(numbers);
    expect(took, `took ${took} ms`).to.be.lessThan(8000);
    expect(longest, `longest frame gap ${longest} ms`).to.be.lessThan(FRAME_GAP.paste);
  });
});

describe('<team-results> paste box and duplicates', () => {
  it('keeps rejected share codes in the box, shown whole, and clears what was added', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const team = fixtureTeam().map((r) => ({ ...r, role: `${r.role} of the north district` }));
    const codes = team.map(encodeShareCode);
    const damaged = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('0') ? '1' : '0');
    expect(damaged.length).to.be.greaterThan(40);
    await paste(el, `${codes[1]}\n${damaged}\n${codes[2]} hello`);
    const h = harness(el);
    expect(el.responses).to.have.length(2);
    expect(h.textarea().value).to.equal(`${damaged}\nhello`);
    expect(h.rejected()[0]).to.include(damaged);
    // Fixed and added again: the box empties.
    h.textarea().value = codes[0]!;
    await paste(el, codes[0]!);
    expect(h.textarea().value).to.equal('');
    expect(el.responses).to.have.length(3);
  });

  it('counts a share code and the same response’s CSV row as one respondent', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const team = fixtureTeam();
    await paste(el, encodeShareCode(team[0]!));
    const detail = await chooseFile(el, new File([toCSV(team)], 'team.csv', { type: 'text/csv' }));
    expect(detail.responses.map((r) => r.id)).to.deep.equal(team.map((r) => r.id));
    expect(harness(el).status()).to.include('appeared 1 more times and is counted once');
  });

  it('exports the chart’s CSV with formula-looking roles guarded', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const roles = ["+1+cmd|' /C calc'!A0", '-1+1', 'a;=1+1'];
    el.responses = fixtureTeam()
      .slice(0, 9)
      .map((r, i) => ({ ...r, role: roles[i % 3]! }));
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector('gap-chart')!;
    await chart.updateComplete;
    const csv = chart.toCSV();
    expect(csv).to.include("'+1+cmd|' /C calc'!A0");
    expect(csv).to.include("'-1+1");
    expect(csv).to.include("a;'=1+1");
    for (const cell of csv.split(/\r\n|[,;\t]/)) {
      expect(/^"?[=+\-@]/.test(cell) && !/^"?[+-]?\d[\d.]*"?$/.test(cell), cell).to.equal(false);
    }
  });
});
