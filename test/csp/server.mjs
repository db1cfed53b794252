// A static server for the strict-CSP tests: every response carries the smallest policy the README
// documents, and /page?scripts=a.js,b.js writes a page that loads those dist/ scripts with plain
// <script type="module" src> tags, in that order.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.csv': 'text/csv',
  '.map': 'application/json',
};

const escapeAttribute = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for one mix of scripts; `body` is trusted markup from the test itself. */
function page(scripts, body) {
  const tags = scripts
    .map((src) => `<script type="module" src="/dist/${escapeAttribute(src)}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict CSP</title>
<script src="/test/csp/watch.js"></script>
${tags}
</head><body><main><h1>Strict CSP</h1>${body}</main></body></html>`;
}

/** Starts the server on a free port of 127.0.0.1; resolves to its origin and a close function. */
export async function startServer(root, bodies) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Content-Security-Policy', STRICT_POLICY);
    if (url.pathname === '/page') {
      const scripts = (url.searchParams.get('scripts') ?? '').split(',').filter(Boolean);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(page(scripts, bodies[url.searchParams.get('body') ?? ''] ?? ''));
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.statusCode = 403;
      response.end();
      return;
    }
    try {
      const data = await readFile(path);
      response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
      response.end(data);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
