/**
 * The built-in tension text, both languages, carried with the survey's and slider's code: the
 * entry files of those two elements import this module (see rollup.config.js), so a page loads
 * the text together with the element's chunk and Lit, and the element's first render has it.
 * Before, the page's language was fetched on demand once the scripts had run: a second round
 * trip before the first contentful paint (issue 14). A page pays for the other language's text
 * (about 2.3 KB gzip). Elements loaded any other way (dist/tensionkit.js, a bundler) fetch their
 * language on demand as before.
 */
import { provideTensionText } from '../core/catalog/on-demand.js';
import * as en from '../core/catalog/tensions-en.js';
import * as es from '../core/catalog/tensions-es.js';

provideTensionText('en', en);
provideTensionText('es', es);
