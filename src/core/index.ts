/** The domain, importable without any element: `import { aggregate } from 'tensionkit/core'`. */
export * from './schema.js';
export * from './rubric-schema.js';
export * from './catalog/index.js';
export * from './i18n/index.js';
export * from './aggregate/index.js';
export * from './codec/index.js';
export * from './plan/index.js';
