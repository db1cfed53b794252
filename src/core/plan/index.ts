/**
 * A team's plan: the schema and reader, its JSON and share-code codec, the published statement,
 * and the check-back comparison at a later check-in. No DOM.
 */
export * from './schema.js';
export * from './codec.js';
export * from './statement.js';
export * from './check-back.js';
export * from './working.js';
