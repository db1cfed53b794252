/**
 * Helpers for the embed tests. The test page is served from http://localhost:PORT; the embed page
 * from http://127.0.0.1:PORT, another origin (and another site), as a district's static host is.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const frameOrigin = `http://127.0.0.1:${location.port}`;
export const dist = `${frameOrigin}/dist/`;

let frames = 0;

/** Loads dist/embed-frame.js as a page would: a classic script from another origin. */
export async function loadHelper(): Promise<void> {
  const script = document.createElement('script');
  script.src = `${dist}embed-frame.js`;
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  document.head.append(script);
  await loaded;
}

/** An `<iframe data-tensionkit>` of the embed page with this query; its URL ends in a unique tag. */
export function embedFrame(
  query: Record<string, string>,
  attributes: Record<string, string> = {},
): { frame: HTMLIFrameElement; tag: string } {
  const tag = `#frame-${++frames}-${Date.now()}`;
  const frame = document.createElement('iframe');
  frame.dataset['tensionkit'] = '';
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.src = `${dist}embed.html?${new URLSearchParams(query)}${tag}`;
  frame.width = '600';
  frame.height = '300';
  document.body.append(frame);
  return { frame, tag };
}

/** Runs `body` (the statements of an async function) inside the frame whose URL has `tag`. */
export async function inFrame<T>(tag: string, body: string): Promise<T> {
  const result = await executeServerCommand<{ value: T }, { url: string; script: string }>(
    'embed-frame-eval',
    { url: tag, script: `(async () => { ${body} })()` },
  );
  return result.value;
}

/** Statements that wait, inside the frame, for the element to exist and render. */
export const elementReady = (tag: string) => `
  let el;
  for (let i = 0; i < 500 && !(el = document.querySelector('${tag}')); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  if (!el) throw new Error('no <${tag}> in ' + document.body.innerHTML);
  await customElements.whenDefined('${tag}');
  await el.updateComplete;`;

/**
 * Answers every question of a survey and submits it: the role, then each slider's two markers (set
 * as the slider sets them, announced by its own input event). Runs inside the survey's page, so it
 * uses nothing from this module.
 */
export async function answerSurvey(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  const root = el.shadowRoot!;
  const select = root.querySelector('select');
  if (select) {
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  for (const slider of root.querySelectorAll<HTMLElement & { current: number; desired: number }>(
    'tension-slider',
  )) {
    slider.current = 2;
    slider.desired = 6;
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

/** The same, as statements to run inside a cross-origin frame. */
export const answerAndSubmit = `${elementReady('tension-survey')}
  await (${answerSurvey.toString()})(el);`;

/** A blank page at this origin with `body` pasted into it, as a web editor pastes a snippet. */
export async function blankPage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '600';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until the frame's height (inside its border) passes `test`, and returns it. */
export async function heightWhen(
  frame: HTMLIFrameElement,
  test: (height: number) => boolean,
  message: string,
): Promise<number> {
  await waitUntil(() => test(frame.clientHeight), message, { timeout: 15_000 });
  return frame.clientHeight;
}
