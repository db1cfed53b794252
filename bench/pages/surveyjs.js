// The peer: SurveyJS with the same seven tensions, each a panel with two sliders (where we are,
// where we should be) from 1 to 7 with the poles as end labels. `benchText` comes from the page's
// text script (bench/run.mjs serves it from tensionkit's catalog).
/* global Survey */
const text = window.benchText;
const survey = new Survey.Model({
  locale: document.documentElement.lang,
  completeText: text.submit,
  elements: text.tensions.map((tension) => ({
    type: 'panel',
    name: tension.id,
    title: tension.name,
    description: tension.question,
    elements: ['current', 'desired'].map((marker) => ({
      type: 'slider',
      name: `${tension.id}.${marker}`,
      title: text[marker],
      min: 1,
      max: 7,
      step: 1,
      customLabels: [
        { value: 1, text: tension.left.label },
        { value: 7, text: tension.right.label },
      ],
    })),
  })),
});
survey.render(document.getElementById('survey'));
