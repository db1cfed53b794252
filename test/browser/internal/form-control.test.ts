/**
 * One suite for every form element (as Shoelace's runFormControlBaseTests): the same form-control
 * tests run against <tension-slider>, <stage-rubric> and <tension-survey>, which share
 * src/internal/form-control.ts and its public surface.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/stage-rubric/stage-rubric.js';
import type { StageRubric } from '../../../src/components/stage-rubric/stage-rubric.js';
import '../../../src/components/tension-slider/tension-slider.js';
import type { TensionSlider } from '../../../src/components/tension-slider/tension-slider.js';
import '../../../src/components/tension-survey/tension-survey.js';
import { DISTRICT_DIMENSION_IDS } from '../../../src/core/catalog/rubric.js';
import type { FormControlSurface } from '../../../src/internal/form-control.js';

type FormElement = HTMLElement & FormControlSurface & { updateComplete: Promise<boolean> };

interface FormControlCase {
  tag: string;
  /** The element inside a form, with `name` and (when `required`) `required`. */
  template(required: boolean): TemplateResult;
  /** Answers everything, as the page or the respondent would. */
  fill(el: FormElement): Promise<void>;
  /** What FormData holds once filled: field name to a check of its value. */
  filled: Record<string, (value: FormDataEntryValue | null) => boolean>;
  /** The element's own controls are out of reach (inert) while disabled. */
  controlsDisabled(el: FormElement): boolean;
}

const cases: FormControlCase[] = [
  {
    tag: 'tension-slider',
    template: (required) =>
      html`<form>
        <tension-slider tension="pace" name="pace" ?required=${required}></tension-slider>
      </form>`,
    async fill(el) {
      const slider = el as unknown as TensionSlider;
      slider.current = 2;
      slider.desired = 5;
    },
    filled: { 'pace.current': (value) => value === '2', 'pace.desired': (value) => value === '5' },
    controlsDisabled: (el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')].every(
        (marker) => marker.tabIndex === -1,
      ),
  },
  {
    tag: 'stage-rubric',
    template: (required) =>
      html`<form><stage-rubric name="rubric" ?required=${required}></stage-rubric></form>`,
    async fill(el) {
      (el as unknown as StageRubric).value = Object.fromEntries(
        DISTRICT_DIMENSION_IDS.map((id) => [id, { stage: 'emerging' }]),
      );
    },
    filled: {
      rubric: (value) =>
        Object.keys(JSON.parse(String(value))).length === DISTRICT_DIMENSION_IDS.length,
    },
    controlsDisabled: (el) => el.shadowRoot!.querySelector('fieldset')!.matches(':disabled'),
  },
  {
    tag: 'tension-survey',
    // The survey is always complete or not: `required` is what it always is.
    template: () =>
      html`<form><tension-survey tensions="pace" name="survey"></tension-survey></form>`,
    async fill(el) {
      const slider = el.shadowRoot!.querySelector('tension-slider')!;
      slider.current = 3;
      slider.desired = 6;
      // The survey takes answers from the respondent's input, as a page cannot set them.
      slider.dispatchEvent(new Event('input'));
    },
    filled: {
      survey: (value) => {
        if (value === null) return false;
        const response = JSON.parse(String(value));
        return response.tensions.pace.current === 3 && response.tensions.pace.desired === 6;
      },
    },
    controlsDisabled: (el) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.disabled &&
      el.shadowRoot!.querySelector('tension-slider')!.hasAttribute('disabled'),
  },
];

/** Settles the element (and the survey's sliders) after a change. */
async function settle(el: FormElement) {
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: unknown }>(
    'tension-slider, stage-rubric',
  ))
    await (inner.updateComplete as Promise<unknown> | undefined);
  await el.updateComplete;
}

async function make(spec: FormControlCase, required: boolean) {
  const form = await fixture<HTMLFormElement>(spec.template(required));
  const el = form.querySelector<FormElement>(spec.tag)!;
  await settle(el);
  return { form, el };
}

const userInvalid = (el: HTMLElement) => {
  try {
    return el.matches(':state(user-invalid)');
  } catch {
    return el.matches(':--user-invalid'); // Chromium before 125
  }
};

for (const spec of cases) {
  describe(`<${spec.tag}> as a form control`, () => {
    it('is form-associated: form, willValidate', async () => {
      const { form, el } = await make(spec, true);
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
      expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(
        true,
      );
    });

    it('puts its name and value into FormData once filled', async () => {
      const { form, el } = await make(spec, false);
      await spec.fill(el);
      await settle(el);
      const data = new FormData(form);
      for (const [name, check] of Object.entries(spec.filled))
        expect(check(data.get(name)), `${name}: ${String(data.get(name))}`).to.equal(true);
    });

    it('is invalid while required and missing: validity, checkValidity, validationMessage', async () => {
      const { form, el } = await make(spec, true);
      expect(el.checkValidity()).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valid).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.be.a('string').and.not.equal('');
      await spec.fill(el);
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('reportValidity fails while missing and shows it; :state(user-invalid) until valid', async () => {
      const { el } = await make(spec, true);
      expect(userInvalid(el)).to.equal(false);
      expect(el.reportValidity()).to.equal(false);
      await settle(el);
      expect(userInvalid(el)).to.equal(true);
      expect(el.shadowRoot!.querySelector('.err')?.textContent?.trim()).to.not.equal('');
      await spec.fill(el);
      await settle(el);
      expect(userInvalid(el)).to.equal(false);
    });

    it('sets :state(user-invalid) after a failed requestSubmit, and the form does not submit', async () => {
      const { form, el } = await make(spec, true);
      let submitted = false;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await settle(el);
      expect(submitted).to.equal(false);
      expect(userInvalid(el)).to.equal(true);
      await spec.fill(el);
      await settle(el);
      form.requestSubmit();
      expect(submitted).to.equal(true);
      expect(userInvalid(el)).to.equal(false);
    });

    it('a failed submit focuses what is missing, keeps it there, and leaves no tabindex on the host', async () => {
      // Firefox focuses the host of a failed submit and logged "The invalid form control is not
      // focusable" while it could not (test/csp/firefox-form.test.mjs reads its console).
      const { form, el } = await make(spec, true);
      const outside = document.createElement('button');
      form.append(outside);
      form.requestSubmit();
      await settle(el);
      await aTimeout(0);
      // Still there a task later: the temporary tabindex going must not drop focus to <body>.
      expect(document.activeElement).to.equal(el);
      const focused = el.shadowRoot!.activeElement;
      expect(focused).to.not.equal(null);
      // And the keyboard goes on from there (into the next control, not from the page's top).
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.not.equal(document.body);
      outside.focus();
      expect(el.hasAttribute('tabindex')).to.equal(false);
    });

    it('checkValidity() moves no focus', async () => {
      const { form, el } = await make(spec, true);
      const outside = document.createElement('button');
      form.append(outside);
      outside.focus();
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      await settle(el);
      await aTimeout(0);
      expect(document.activeElement).to.equal(outside);
    });

    it('leaves focus on an earlier invalid control of the form, as the browser would', async () => {
      const { form, el } = await make(spec, true);
      const input = document.createElement('input');
      input.required = true;
      form.prepend(input);
      form.requestSubmit();
      await settle(el);
      expect(document.activeElement).to.equal(input);
      expect(userInvalid(el)).to.equal(true);
    });

    it('goes back to its defaults on form reset', async () => {
      const { form, el } = await make(spec, true);
      await spec.fill(el);
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
      form.reset();
      await settle(el);
      expect(el.checkValidity()).to.equal(false);
      const data = new FormData(form);
      for (const [name, check] of Object.entries(spec.filled))
        expect(check(data.get(name)), name).to.equal(false);
    });

    it('is disabled inside a disabled fieldset: formDisabled, willValidate false', async () => {
      const { form, el } = await make(spec, true);
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      await settle(el);
      expect(el.willValidate).to.equal(true);
      fieldset.disabled = true;
      await aTimeout(0);
      await settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(spec.controlsDisabled(el)).to.equal(true);
      // A disabled control is left out of validation: the form may submit.
      expect(form.checkValidity()).to.equal(true);
      fieldset.disabled = false;
      await aTimeout(0);
      await settle(el);
      expect(spec.controlsDisabled(el)).to.equal(false);
    });
  });
}

describe('two invalid form elements in one form', () => {
  it('a failed submit focuses the first, not the last', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <tension-slider tension="pace" name="pace" required></tension-slider>
        <stage-rubric name="rubric" required></stage-rubric>
      </form>`,
    );
    const slider = form.querySelector<FormElement>('tension-slider')!;
    const rubric = form.querySelector<FormElement>('stage-rubric')!;
    await settle(slider);
    await settle(rubric);
    form.requestSubmit();
    await settle(slider);
    await settle(rubric);
    expect(document.activeElement).to.equal(slider);
    expect(slider.shadowRoot!.activeElement?.getAttribute('role')).to.equal('slider');
    expect(userInvalid(rubric)).to.equal(true);
  });
});

describe('the form elements share one public surface', () => {
  it('each has form, validity, validationMessage, willValidate, checkValidity, reportValidity', () => {
    for (const spec of cases) {
      const proto = customElements.get(spec.tag)!.prototype as object;
      for (const member of [
        'form',
        'validity',
        'validationMessage',
        'willValidate',
        'checkValidity',
        'reportValidity',
        'formResetCallback',
        'formStateRestoreCallback',
        'formDisabledCallback',
      ])
        expect(member in proto, `${spec.tag}.${member}`).to.equal(true);
    }
  });
});
