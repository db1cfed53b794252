// The bench's static server: the repository's files (dist/, bench/pages/, the peer's files in
// node_modules/) over HTTP/1.1 on localhost, every text response gzipped (level 6, as a typical
// server sends it) and the same for every page. /bench/text-<lang>.js is the seven tensions'
// text from tensionkit's built catalog, for the peer and floor pages (a classic script setting
// `window.benchText`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Serves `root` on `port`; resolves to the server once it listens. */
export async function serve(root, port) {
  const { catalog } = await import(join(root, 'dist/core.js'));
  const virtual = new Map(
    Object.entries(catalog).map(([lang, { tensions }]) => {
      const words = {
        en: { current: 'Where we are', desired: 'Where we should be', submit: 'Submit' },
        es: { current: 'Dónde estamos', desired: 'Dónde deberíamos estar', submit: 'Enviar' },
      }[lang];
      const text = {
        ...words,
        tensions: tensions.map(({ id, name, question, left, right }) => ({
          id,
          name,
          question,
          left: { label: left.label },
          right: { label: right.label },
        })),
      };
      return [`/bench/text-${lang}.js`, `window.benchText = ${JSON.stringify(text)};\n`];
    }),
  );
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      let body = cache.get(path);
      if (!body) {
        if (path.includes('..')) throw new Error('outside the root');
        const raw = virtual.has(path)
          ? Buffer.from(virtual.get(path))
          : await readFile(join(root, path));
        body = {
          gzip: gzipSync(raw, { level: 6 }),
          type: types[extname(path)] ?? 'application/octet-stream',
        };
        cache.set(path, body);
      }
      response.writeHead(200, {
        'content-type': body.type,
        'content-encoding': 'gzip',
        'content-length': body.gzip.length,
        'cache-control': 'no-store',
      });
      response.end(body.gzip);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
