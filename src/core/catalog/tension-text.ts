/** How one language's text for the seven tensions becomes the catalog's frozen tensions. */
import { TENSION_IDS } from '../ids.js';
import type { Tension, TensionId } from '../schema.js';

/** [label, benefits] */
type PoleText = readonly [string, readonly string[]];
interface OneTensionText {
  name: string;
  question: string;
  left: PoleText;
  right: PoleText;
}
export interface TensionText {
  tensions: Record<TensionId, OneTensionText>;
}

const pole = ([label, benefits]: PoleText) => ({ label, benefits: [...benefits] });

/** The seven tensions in one language, in catalog order (fresh objects: freeze what you share). */
export function buildTensions(text: TensionText): Tension[] {
  return TENSION_IDS.map((id) => {
    const t = text.tensions[id];
    return { id, name: t.name, question: t.question, left: pole(t.left), right: pole(t.right) };
  });
}
