/** The domain, importable without any element: `import { aggregate } from 'tensionkit/core'`. */
export * from './schema.js';
