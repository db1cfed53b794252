// What the embed tests need from the test server, as a static host would serve dist/:
// - `Access-Control-Allow-Origin: *` on dist/ and the embed fixtures, as GitHub Pages sends it, so
//   a sandboxed frame (an opaque origin) may load the module scripts;
// - the strict Content-Security-Policy the README documents, on the embed page;
// - a form handler that records what the embed page posts (`/__embed/collect`), and a way for
//   a test to read it back (`/__embed/collected`);
// - a command that runs a script inside a cross-origin frame (`embed-frame-eval`): the test page
//   cannot reach into a frame from another origin, so the browser driver (puppeteer) does, as a
//   respondent's browser would run the survey's own code.
const collected = [];

export const embedCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; form-action 'self'";

/** @type {import('koa').Middleware} */
export async function embedMiddleware(ctx, next) {
  if (ctx.path === '/__embed/collect' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    collected.push(Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())));
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Thank you</title><p>Thank you, your answers arrived.</p>';
    return;
  }
  if (ctx.path === '/__embed/collected') {
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = collected;
    return;
  }
  await next();
  if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/test/browser/embed/')) {
    ctx.set('Access-Control-Allow-Origin', '*');
  }
  if (ctx.path === '/dist/embed.html') ctx.set('Content-Security-Policy', embedCsp);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function embedCommands() {
  return {
    name: 'embed-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'embed-frame-eval') return undefined;
      const { url, script } = /** @type {{ url: string, script: string }} */ (payload);
      const page = session.browser.getPage(session.id);
      // A frame just added may not have navigated yet: wait for it a little.
      let frame;
      for (let tries = 0; !frame && tries < 100; tries++) {
        frame = page.frames().find((candidate) => candidate.url().includes(url));
        if (!frame) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!frame) throw new Error(`No frame at ${url}: ${page.frames().map((f) => f.url())}`);
      return { value: await frame.evaluate(script) };
    },
  };
}
