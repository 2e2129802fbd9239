/**
 * How a register field or rule cites its source. Every citation is carried over from
 * domain.md; nothing is cited that it does not give. Its [U] items carry `toVerify`, so
 * the UI can label them "to verify" (domain.md §0).
 */

/** How hard an instrument binds (domain.md §0 "Legal force"). */
export const LEGAL_FORCES = ['binding', 'standard', 'recommendation'] as const;
/** One of LEGAL_FORCES. */
export type LegalForce = (typeof LEGAL_FORCES)[number];

/** One source of a field or rule. */
export type StandardRef = {
  readonly instrument: string;
  readonly force: LegalForce;
  readonly note?: string;
  /** domain.md marks the citation unconfirmed [U]. */
  readonly toVerify?: true;
};

type RefOptions = { note?: string; toVerify?: boolean };

function ref(force: LegalForce, instrument: string, options: RefOptions = {}): StandardRef {
  return Object.freeze({
    instrument,
    force,
    ...(options.note === undefined ? {} : { note: options.note }),
    ...(options.toVerify === true ? { toVerify: true as const } : {}),
  });
}

/** A treaty or customary-law source. */
export function binding(instrument: string, options?: RefOptions): StandardRef {
  return ref('binding', instrument, options);
}

/** A soft-law standard or authoritative interpretation. */
export function standard(instrument: string, options?: RefOptions): StandardRef {
  return ref('standard', instrument, options);
}

/** Guidance, practitioner advice or a design suggestion. */
export function recommendation(instrument: string, options?: RefOptions): StandardRef {
  return ref('recommendation', instrument, options);
}

/** Options marking a citation unconfirmed. */
export const U = { toVerify: true } as const;
/** Note on armed-conflict treaties. */
export const IAC = { note: 'international armed conflict' } as const;
/** Note on customary IHL. */
export const CUSTOMARY = { note: 'customary IHL per the ICRC study (IAC and NIAC)' } as const;
/** A design suggestion of domain.md [D], not a source requirement. */
export const DESIGN = recommendation('Habeas design suggestion [D]', { note: 'not a source requirement' });
