import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/internal/define.js';

/** Records console.error and console.warn while a test runs. */
function captureConsole() {
  const messages: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => messages.push(args.join(' '));
  console.warn = console.error;
  return {
    messages,
    restore: () => {
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Imports a module as a fresh copy, as a second bundle on the page would bring it. */
const importCopy = (path: string, copy: string) =>
  import(`${new URL(path, import.meta.url).href}?copy=${copy}`);

describe('defineElement', () => {
  it('stays silent when a second copy of our own class registers the same tag', () => {
    const logged = captureConsole();
    try {
      defineElement('tk-define-ours', class extends HTMLElement {});
      defineElement('tk-define-ours', class extends HTMLElement {});
    } finally {
      logged.restore();
    }
    expect(logged.messages).to.deep.equal([]);
  });

  it('reports a tag that other code defined first, once, naming the tag', () => {
    customElements.define('tk-define-theirs', class extends HTMLElement {});
    const logged = captureConsole();
    try {
      defineElement('tk-define-theirs', class extends HTMLElement {});
      defineElement('tk-define-theirs', class extends HTMLElement {});
    } finally {
      logged.restore();
    }
    expect(logged.messages).to.have.length(1);
    expect(logged.messages[0]).to.contain('<tk-define-theirs>');
  });

  it('reports <gap-chart> taken by another library once, across two loads of our script', async () => {
    class OtherChart extends HTMLElement {}
    customElements.define('gap-chart', OtherChart);
    const logged = captureConsole();
    try {
      await importCopy('../../../src/components/gap-chart/gap-chart.ts', '1');
      await importCopy('../../../src/components/gap-chart/gap-chart.ts', '2');
    } finally {
      logged.restore();
    }
    expect(customElements.get('gap-chart')).to.equal(OtherChart);
    expect(logged.messages.filter((message) => message.includes('<gap-chart>'))).to.have.length(1);
  });

  it('stays silent when our slider script loads twice', async () => {
    const logged = captureConsole();
    try {
      await importCopy('../../../src/components/tension-slider/tension-slider.ts', '1');
      await importCopy('../../../src/components/tension-slider/tension-slider.ts', '2');
    } finally {
      logged.restore();
    }
    expect(customElements.get('tension-slider')).to.exist;
    expect(logged.messages).to.deep.equal([]);
  });
});
