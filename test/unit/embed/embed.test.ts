import { describe, expect, it } from 'vitest';
import { elementAttributes, isOrigin, parseEmbedPage } from '../../../src/embed/embed-query.js';
import { embedUrl, iframeSnippet, scriptSnippet } from '../../../src/embed/snippets.js';

const isColour = (text: string) => /^#[0-9a-f]{6}$/i.test(text) || text === 'teal';
const page = (query: string) => parseEmbedPage(new URLSearchParams(query), isColour);

describe('the embed page’s query', () => {
  it('defaults to the survey, posting forms by post', () => {
    expect(page('')).toEqual({ ok: true, value: { element: 'tension-survey', method: 'post' } });
  });

  it('names each bad parameter by its path', () => {
    const result = page('element=pie-chart&theme=blue&accent=nope&origin=https://a.example/x');
    expect(result.ok).toBe(false);
    const paths = !result.ok && result.problems.map((problem) => problem.path).sort();
    expect(paths).toEqual(['accent', 'element', 'origin', 'theme']);
  });

  it('takes an origin alone, and only http(s) handlers for action', () => {
    expect(isOrigin('https://lms.example.org')).toBe(true);
    expect(isOrigin('https://lms.example.org/')).toBe(false);
    expect(isOrigin('javascript:alert(1)')).toBe(false);
    expect(page('action=javascript:alert(1)').ok).toBe(false);
    expect(page('element=gap-chart&action=https://forms.example.org').ok).toBe(false);
  });

  it('hands the rest to the element when it observes them, and names the ones it does not', () => {
    const query = new URLSearchParams('tensions=pace&persist=k&onclick=x&action=https://f.example');
    const parsed = page(query.toString());
    if (!parsed.ok) throw new Error('expected a good page');
    const observed = ['tensions', 'persist', 'name'];
    const result = elementAttributes(query, parsed.value, observed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual(['onclick']);
    query.delete('onclick');
    expect(elementAttributes(query, parsed.value, observed)).toEqual({
      ok: true,
      value: [
        ['tensions', 'pace'],
        ['persist', 'k'],
        ['name', 'response'],
      ],
    });
  });
});

describe('the embed snippets', () => {
  const choice = {
    element: 'tension-survey' as const,
    base: 'https://static.example.org/tk/',
    attributes: { roles: 'Teacher, "Lead"', persist: '' },
  };

  it('escape attribute values and leave empty ones out', () => {
    expect(scriptSnippet(choice)).toContain('roles="Teacher, &quot;Lead&quot;"');
    expect(scriptSnippet(choice)).not.toContain('persist');
  });

  it('put origin only in the iframe route, and the fallback link carries no origin', () => {
    const framed = iframeSnippet({ ...choice, origin: 'https://lms.example.org' });
    expect(framed).toContain('origin=https%3A%2F%2Flms.example.org');
    expect(framed).toContain(
      '<script src="https://static.example.org/tk/embed-frame.js"></script>',
    );
    expect(scriptSnippet({ ...choice, origin: 'https://lms.example.org' })).not.toContain('origin');
    expect(embedUrl({ ...choice, lang: 'es' })).toBe(
      'https://static.example.org/tk/embed.html?element=tension-survey&roles=Teacher%2C+%22Lead%22&lang=es',
    );
  });

  it('keep an accent from breaking out of its style element', () => {
    expect(scriptSnippet({ ...choice, accent: 'red;}</style><script>' })).not.toContain(
      '</style><script>',
    );
  });
});
