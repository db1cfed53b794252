/** Registers every element: one `<script type="module" src="tensionkit.js">` is enough. */
export * from './core/index.js';
import './components/tension-slider/tension-slider.js';
import './components/stage-rubric/stage-rubric.js';
import './components/tension-survey/tension-survey.js';
import './components/gap-chart/gap-chart.js';
import './components/team-results/team-results.js';
import './components/tension-plan/tension-plan.js';
