/**
 * Registers a custom element once. Two embeds on one LMS page may each bring the bundle, so a
 * second registration of the same tag is expected and must not throw into the host page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // Another copy of the library won a race between get() and define(); keep the page running.
    if (!customElements.get(tag)) throw error;
  }
}
