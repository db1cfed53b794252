import { expect } from '@open-wc/testing';

// The built bundle, as a page loads it with <script type="module">. `npm test` builds before the
// browser tests run.
const bundle = new URL('/dist/tensionkit.js', location.origin).href;

describe('dist/tensionkit.js', () => {
  it('loads twice on one page without throwing, as two LMS embeds each bringing the script', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ bundle);
      // A different URL makes the browser evaluate a second copy of the whole bundle.
      await import(/* @vite-ignore */ `${bundle}?second-embed`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
