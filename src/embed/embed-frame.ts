/**
 * dist/embed-frame.js: the parent page's helper for the iframe route, built as a classic script
 * (a plain `<script src>`, so a page loads it from another origin without CORS) with no
 * dependency. Every `<iframe data-tensionkit>`, present or added later, is sized from its resize
 * messages, and each message is re-dispatched on the iframe as a bubbling DOM event of the same
 * type and detail. A message counts only when it comes from that iframe's own window and origin.
 */
(() => {
  // Loaded twice (two embeds each bringing it), it must still dispatch each message once.
  const flag = Symbol.for('tensionkit.embed-frame');
  const page = window as unknown as Record<symbol, boolean>;
  if (page[flag]) return;
  page[flag] = true;

  /** The origin messages from `frame` carry: its src's, or "null" in a sandbox without allow-same-origin. */
  const originOf = (frame: HTMLIFrameElement) => {
    if (frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin'))
      return 'null';
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  };

  window.addEventListener('message', (event) => {
    const data = event.data as { source?: unknown; type?: unknown; detail?: unknown } | null;
    if (!data || data.source !== 'tensionkit' || typeof data.type !== 'string' || !event.source)
      return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-tensionkit]')) {
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      if (data.type === 'resize') {
        const height = Number((data.detail as { height?: unknown } | undefined)?.height);
        if (height > 0 && height < 100_000) frame.style.height = `${Math.ceil(height)}px`;
      }
      frame.dispatchEvent(
        new CustomEvent(data.type, { detail: data.detail, bubbles: true, composed: true }),
      );
      return;
    }
  });
})();

export {};
