/**
 * `registerLocale(pack)`: adds a language to the page for every tensionkit element, whichever
 * script defined it. The pack is checked by a schema loaded on demand (./pack-check.js). Never
 * throws: a pack that does not fit is refused with a console.error naming the field (and the
 * elements' scripts fire `tk-error`); one that lacks words is kept, English fills the gaps, and
 * one console warning names what is missing. No DOM.
 */
import { describeProblems } from '../parse.js';
import type { InputProblem } from '../parse.js';
import type { LocalePack } from './pack.js';
import { localeRegistry, notifyLocales } from './registry.js';

export type { LocalePack } from './pack.js';

export type LocaleReport =
  | { ok: true; lang: string; missing: string[]; unknown: string[] }
  | { ok: false; problems: InputProblem[] };

/**
 * Registers a locale pack (see dist/locales/en.json for the template) and re-renders the elements
 * whose nearest `lang` it matches. `source` is where it came from (a script element), for errors.
 */
export async function registerLocale(pack: unknown, source?: unknown): Promise<LocaleReport> {
  let report: LocaleReport;
  try {
    const checked = (await import('./pack-check.js')).checkPack(pack);
    if (checked.ok) {
      const { lang } = checked.pack;
      if (checked.missing.length || checked.unknown.length)
        console.warn(
          `tensionkit: the "${lang}" locale pack ` +
            [
              checked.missing.length &&
                `has no text for ${checked.missing.length} keys, shown in English: ${checked.missing.join(', ')}`,
              checked.unknown.length && `has keys no element uses: ${checked.unknown.join(', ')}`,
            ]
              .filter(Boolean)
              .join('; and ') +
            '.',
        );
      localeRegistry().packs.set(lang.toLowerCase(), Object.freeze(checked.pack) as LocalePack);
      report = { ok: true, lang, missing: checked.missing, unknown: checked.unknown };
    } else report = checked;
  } catch (error) {
    report = { ok: false, problems: [{ path: '', message: String(error) }] };
  }
  if (!report.ok)
    console.error(`tensionkit: locale pack refused: ${describeProblems(report.problems)}`);
  notifyLocales({ ...report, source });
  return report;
}
