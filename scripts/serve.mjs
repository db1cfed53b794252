// Serves the demo (and the built dist/ it loads) on localhost.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', appIndex: 'demo/index.html' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`tensionkit demo: http://localhost:${port}/demo/`);
