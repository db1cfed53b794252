// The floor for this stack: plain Lit (the same shared Lit file tensionkit's elements load), the
// seven questions with two native range inputs each, no validation, no language loading.
import { LitElement, html } from '/dist/chunks/lit.js';

const text = window.benchText;

class FloorSurvey extends LitElement {
  static properties = { answers: { state: true } };

  constructor() {
    super();
    this.answers = {};
  }

  #answer(e) {
    this.answers = { ...this.answers, [e.target.name]: Number(e.target.value) };
  }

  render() {
    return html`${text.tensions.map(
        (tension) =>
          html`<fieldset>
            <legend><strong>${tension.name}.</strong> ${tension.question}</legend>
            <p>${tension.left.label} / ${tension.right.label}</p>
            ${['current', 'desired'].map(
              (marker) =>
                html`<label
                  >${text[marker]}
                  <input
                    type="range"
                    name="${tension.id}.${marker}"
                    min="1"
                    max="7"
                    .value=${String(this.answers[`${tension.id}.${marker}`] ?? 4)}
                    @input=${this.#answer}
                /></label>`,
            )}
          </fieldset>`,
      )}<button type="button">${text.submit}</button>`;
  }
}
customElements.define('floor-survey', FloorSurvey);
