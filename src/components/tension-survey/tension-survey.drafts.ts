/**
 * `<tension-survey persist="key">`'s drafts, as a controller: reads the stored draft when the
 * survey connects, follows the draft other tabs save under the same key, saves after each answer
 * and removes the draft on submit or reset. The store and the draft's reader load on first use
 * (./tension-survey.persist.ts), so a survey without `persist` never loads them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftFit } from '../../core/draft-fit.js';
import type { ReadDraftState, StoredDraft } from '../../core/draft-state.js';
import type { SetAsideNotice } from './tension-survey.persist.js';

type DraftStore = typeof import('./tension-survey.persist.js');

/** What the drafts need of their survey. */
export interface DraftedSurvey {
  /** The `persist` key; "" for none. */
  persist(): string;
  /** Whether the survey was submitted (another tab's draft no longer applies). */
  submitted(): boolean;
  /** The answers as they stand, as a draft. */
  state(): StoredDraft;
  /** The survey's questions, that a draft is fitted to; null when there are none to fit to yet. */
  fit(): DraftFit | null;
  /** Takes a draft's answers. */
  apply(state: ReadDraftState): void;
  /** Settles once `fit` knows the survey's questions (a definition's schema has loaded). */
  ready?(): Promise<void>;
}

export class SurveyDrafts implements ReactiveController {
  /** The notice of a draft's parts that no longer fit the survey, once one was read. */
  setAside?: SetAsideNotice;
  /** Storage is off limits here (a sandboxed frame): drafts last only as long as the page. */
  off = false;
  /** A draft being read: the update it brings belongs to the one awaited meanwhile. */
  restoring?: Promise<void>;
  #store?: Promise<DraftStore>;
  /** Stops following other tabs' drafts. */
  #unwatch?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly survey: DraftedSurvey,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const persist = this.survey.persist();
    if (!persist) return;
    this.restore((store) => {
      // Another tab's draft is merged in; when it submits (its draft removed), this one is kept.
      this.#unwatch = store.watchDraft(persist, (text) => {
        if (this.survey.submitted()) return;
        if (text) this.restore(() => text, true);
        else this.save();
      });
      return store.readStoredDraft(persist);
    });
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  save(): void {
    const persist = this.survey.persist();
    if (persist) void this.#withStore((store) => store.storeDraft(persist, this.survey.state()));
  }

  remove(): void {
    void this.#withStore((store) => store.removeStoredDraft(this.survey.persist()));
  }

  /** Runs `use` once the draft store (and the draft's reader) has loaded; see its module. */
  #withStore<T>(use: (store: DraftStore) => T | Promise<T>): Promise<T> {
    return (this.#store ??= import('./tension-survey.persist.js')).then(use);
  }

  /**
   * Takes answers from a draft's text (a stored draft, a restored form state, another tab's draft
   * to `merge` into this one's); what no longer fits the survey is set aside, with a notice.
   */
  restore(text: (store: DraftStore) => string | null, merge = false): void {
    const restoring = this.#withStore(async (store) => {
      // Asked once the store is here, so a definition given just after connect (a property set
      // next, a framework's script child) is read, and its checks loaded, before the draft is fitted.
      await this.survey.ready?.();
      const source = text(store);
      this.off = !store.draftsAvailable();
      this.host.requestUpdate();
      const { survey } = this;
      const fit = survey.fit();
      if (!fit) return; // nothing to fit to yet: the stored draft stays as it is
      const draft =
        source &&
        store.readDraft(this.host, survey.persist(), source, fit, merge && survey.state());
      if (!draft) return;
      survey.apply(draft.state);
      this.setAside = draft.setAside ?? this.setAside;
    });
    const pending = (this.restoring = restoring.finally(() => {
      if (this.restoring === pending) this.restoring = undefined;
    }));
  }
}
