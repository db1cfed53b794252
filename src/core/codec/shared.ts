/**
 * What the codec's readers share: the result types every reader returns, the rubric dimensions'
 * wire order, and small text helpers. No DOM.
 */
import type { SurveyResponse } from '../schema.js';

/**
 * The rubric dimensions a share code carries compactly, in their wire order. This order is part of
 * the share code format: append new ids at the end, never reorder or remove (old codes would read
 * wrong). Dimensions not listed here still fit in a code, spelled out (a longer code).
 */
export const SHARE_CODE_RUBRIC_DIMENSIONS = [
  'shared-vision',
  'roadmap',
  'empowerment',
  'evaluation-for-improvement',
  'teacher-competencies',
  'professional-pathways',
  'aligned-adult-learning',
  'diversity-inclusion',
  'culturally-responsive-practice',
  'distributed-leadership',
  'ownership',
  'implementation-dip',
] as const;

export type ImportSource = 'json' | 'csv' | 'code';
export type ImportFormat = ImportSource | 'empty';

/** A record, row or code that could not be imported, and why. */
export interface Rejected {
  source: ImportSource;
  /** 1-based line in the text: a CSV row's first line, a code's line, where JSON stopped parsing. */
  line?: number;
  /** 0-based index of the record in a JSON list. */
  index?: number;
  /** The share code as it was pasted, whole (the reason repeats it, cut past the longest code). */
  code?: string;
  /** A sentence for people: where, which field, what to do. */
  reason: string;
  /** The first problem's field path, such as "tensions.pace.current" ("" for the whole record). */
  path?: string;
}

export interface Parsed {
  responses: SurveyResponse[];
  rejected: Rejected[];
}

export interface ImportResult extends Parsed {
  /** The format `importResponses` read the text as. */
  format: ImportFormat;
  /** How many records repeated an id already seen; only the latest submittedAt of each is kept. */
  duplicates: number;
}

export const CR = 13;
export const LF = 10;

/** Line breaks in a text, counting CRLF once and a lone CR as one. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  return countLineBreaks(text.slice(0, Math.min(offset, text.length))) + 1;
}

/** JSON with object keys sorted, so equal records hash the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A 64-bit non-cryptographic hash (two mixed 32-bit lanes) as 16 hex digits. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
