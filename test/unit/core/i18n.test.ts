import { describe, expect, it } from 'vitest';
import { format, withOverrides } from '../../../src/core/i18n/index.js';

describe('format', () => {
  it('fills placeholders from the values given', () => {
    expect(format('{count} of {total}', { count: 2, total: 5 })).toBe('2 of 5');
  });

  it('fills placeholders from own properties only, never from the prototype', () => {
    const template = '{constructor} {toString} {__proto__} {hasOwnProperty}';
    expect(format(template)).toBe(template);
    expect(format(template, { count: 1 })).toBe(template);
  });

  it('takes own properties even when they share a name with a prototype member', () => {
    expect(format('{constructor}', { constructor: 'own' })).toBe('own');
  });
});

describe('withOverrides', () => {
  it('ignores override keys that are only on the prototype', () => {
    const base = { title: 'Title' };
    const merged = withOverrides(base, JSON.parse('{"constructor": "x", "__proto__": "y"}'));
    expect(merged).toEqual(base);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
