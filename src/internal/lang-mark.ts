/**
 * English shown on a page in another language carries `lang="en"` (WCAG 3.1.2), so a screen
 * reader switches voice: text a locale pack lacks, or a whole element on a page in a language the
 * library does not have. Lit owns the text nodes, so the attribute goes on their parent element,
 * and only when all of that element's own text is English.
 */
const marked = new WeakSet<Element>();
const rootsMarked = new WeakSet<Node>();

/**
 * Marks the elements under `root` whose own text `isEnglish` accepts, and unmarks those it marked
 * before that no longer are. Without `isEnglish` it only clears earlier marks. Nested custom
 * elements mark their own shadow roots.
 */
export function markEnglish(root: Node, isEnglish?: (text: string) => boolean): void {
  if (!isEnglish && !rootsMarked.has(root)) return;
  const verdicts = new Map<Element, boolean>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data.trim();
    const parent = node.parentElement;
    // Figures and punctuation read the same in any language.
    if (!parent || !/\p{L}/u.test(text) || parent.localName === 'style') continue;
    verdicts.set(parent, (verdicts.get(parent) ?? true) && !!isEnglish?.(text));
  }
  for (const [element, english] of verdicts) {
    if (english && !element.hasAttribute('lang')) {
      element.setAttribute('lang', 'en');
      marked.add(element);
      rootsMarked.add(root);
    } else if (!english && marked.has(element)) {
      element.removeAttribute('lang');
      marked.delete(element);
    }
  }
}

const tests = new WeakMap<ReadonlySet<string>, { size: number; test: (text: string) => boolean }>();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text is one of `english` (plain text, or a template such as "{n} of {total} answered"
 * once filled in). Templates with no words of their own ("{role}: {n}") match nothing.
 */
export function englishText(english: ReadonlySet<string>): (text: string) => boolean {
  let cached = tests.get(english);
  if (cached?.size !== english.size) {
    const plain = new Set<string>();
    const patterns: RegExp[] = [];
    for (const entry of english) {
      const parts = entry.trim().split(/\{\w+\}/);
      if (parts.length === 1) plain.add(parts[0]!);
      else if (/\p{L}{3}/u.test(parts.join('')))
        patterns.push(new RegExp(`^${parts.map(escape).join('[\\s\\S]*')}$`, 'u'));
    }
    cached = {
      size: english.size,
      test: (text) => plain.has(text) || patterns.some((pattern) => pattern.test(text)),
    };
    tests.set(english, cached);
  }
  return cached.test;
}
