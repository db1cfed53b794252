/**
 * A registered pack's words over the English text an element already has. What the pack lacks
 * stays English and is remembered (`englishIn`), so the element can mark it `lang="en"`. Results
 * are kept per pack and per English source, so a re-render reuses the same objects. No DOM.
 */
import type { LocalePack } from './pack.js';

/** Fields that name things rather than say them: never translated. */
const IDS = new Set(['id', 'group']);

interface PackState {
  english: Set<string>;
  done: Map<object, unknown>;
}
const states = new WeakMap<LocalePack, PackState>();
const stateOf = (pack: LocalePack): PackState => {
  let state = states.get(pack);
  if (!state) states.set(pack, (state = { english: new Set(), done: new Map() }));
  return state;
};

/** The English text (templates included) shown in place of what `pack` lacks, so far. */
export const englishIn = (pack: LocalePack): ReadonlySet<string> => stateOf(pack).english;

/**
 * `base` with the translations `given` in the same shape. Lists of objects with an `id` take
 * their translations by id (`tensions.pace`), other lists by position (a pole's benefits).
 */
export function overlay<T>(base: T, given: unknown, english: Set<string>): T {
  if (typeof base === 'string') {
    if (typeof given === 'string' && given.trim()) return given as T;
    english.add(base);
    return base;
  }
  if (!base || typeof base !== 'object') return base;
  const from = (given && typeof given === 'object' ? given : {}) as Record<string, unknown>;
  const take = (key: string | number) => (Object.hasOwn(from, key) ? from[key] : undefined);
  if (Array.isArray(base))
    return base.map((item: unknown, index) =>
      overlay(item, take((item as { id?: string } | null)?.id ?? index), english),
    ) as T;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base))
    out[key] = IDS.has(key) ? value : overlay(value, take(key), english);
  return out as T;
}

/**
 * `base` in the pack's language, from the part of the pack `pick` chooses; `base` itself when
 * there is no pack.
 */
export function translated<T extends object>(
  pack: LocalePack | undefined,
  base: T,
  pick: (pack: LocalePack) => unknown,
): T {
  if (!pack) return base;
  const state = stateOf(pack);
  let result = state.done.get(base) as T | undefined;
  if (!result) state.done.set(base, (result = overlay(base, pick(pack), state.english)));
  return result;
}
