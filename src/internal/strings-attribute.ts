/**
 * The `strings` property every element takes: word overrides by key, or a JSON attribute. Lit's
 * own Object converter turns text that is not JSON into null, silently; this one keeps the text,
 * so the element's willUpdate can report it the contract's way (a `strings` that is not an object).
 */
export const stringsProperty = {
  attribute: 'strings',
  converter: (value: string | null): unknown => {
    if (value === null) return null;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};
