import type { TranslationKey } from '../../i18n/translationKey';
import type { Session } from '../../vault/session';
import type { DraftStore } from './draftStatus';
import type { SealedDraftRows } from './sealedDraftRows';

/** The feature's words for throwing its draft away: it is an admission, an inspection… */
export type DiscardKeys = {
  button: TranslationKey;
  /** The question the confirmation asks. */
  title: TranslationKey;
  /** What is lost, in the confirmation. */
  body: TranslationKey;
  done: TranslationKey;
  failed: TranslationKey;
};

/** What differs between features that keep a draft: where it is held and sealed, and what it is called. */
export type DraftKit<Draft> = {
  useStore: DraftStore<Draft>;
  rows: SealedDraftRows<Draft>;
  /** The feature's command sealing the draft; resolves with when it was sealed (ISO). */
  save: (session: Session, draft: Draft) => Promise<string>;
  /** The feature's command deleting the sealed draft. */
  discard: (session: Session) => Promise<void>;
  discardKeys: DiscardKeys;
};
