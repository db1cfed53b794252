/**
 * Marks tensionkit's element classes. A registry key (`Symbol.for`) so that a second copy of the
 * bundle, with classes of its own, still recognises the first copy's classes as ours.
 */
const OURS = Symbol.for('tensionkit.element');
/** Tags already reported as taken, shared by every copy of the bundle on the page. */
const REPORTED = Symbol.for('tensionkit.taken-tags');

type Marked = CustomElementConstructor & { [OURS]?: true };

/**
 * Registers a custom element once. Two embeds on one LMS page may each bring the bundle, so a
 * second registration of the same tag is expected and must not throw into the host page. A tag
 * that another library registered first is reported once on the console: our element cannot run.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  (element as Marked)[OURS] = true;
  try {
    if (!customElements.get(tag)) customElements.define(tag, element);
  } catch (error) {
    // Another copy of the library won a race between get() and define(); keep the page running.
    if (!customElements.get(tag)) throw error;
  }
  const defined = customElements.get(tag) as Marked;
  if (defined[OURS]) return;
  const global = globalThis as { [REPORTED]?: Set<string> };
  const reported = (global[REPORTED] ??= new Set());
  if (reported.has(tag)) return;
  reported.add(tag);
  console.error(`tensionkit: <${tag}> is already defined by other code on this page; ours is not.`);
}
