/**
 * Marks tensionkit's element classes, and holds the tags reported as taken. A registry key
 * (`Symbol.for`), so that a second copy of the bundle on the page shares both with the first.
 */
const OURS = Symbol.for('tensionkit');

type Marked = CustomElementConstructor & { [OURS]?: true };

/**
 * Registers a custom element once. Two embeds on one LMS page may each bring the bundle, so a
 * second registration of the same tag is expected and must not throw into the host page. A tag
 * that other code registered first is reported once per page: our element cannot run there.
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
  const taken = ((globalThis as { [OURS]?: Set<string> })[OURS] ??= new Set());
  if ((customElements.get(tag) as Marked)[OURS] || taken.has(tag)) return;
  taken.add(tag);
  console.error(`<${tag}> is defined by other code: tensionkit's is not`);
}
