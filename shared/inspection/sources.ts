/**
 * Citations: which instrument an item or threshold comes from and how hard it binds
 * (domain.md §0, "Legal force"). The UI labels `binding` as a legal obligation and the
 * other two as benchmarks (domain.md §0.1); `toVerify` marks what domain.md tags [U].
 */
import { z } from 'zod';
import { textSchema } from '../ledger/envelope';

/** How hard a source binds: treaty or customary law, soft-law standard, or technical guidance. */
export const LEGAL_FORCES = ['binding', 'standard', 'recommendation'] as const;
/** One of LEGAL_FORCES. */
export type LegalForce = (typeof LEGAL_FORCES)[number];

/** Longest instrument name or reference in a citation. */
export const CITATION_PART_MAX_CHARS = 60;

/** One source of an item or threshold. `ref` is the article, rule or page within the instrument. */
export const citationSchema = z.strictObject({
  instrument: textSchema(CITATION_PART_MAX_CHARS),
  ref: textSchema(CITATION_PART_MAX_CHARS).optional(),
  force: z.enum(LEGAL_FORCES),
  toVerify: z.boolean().optional(),
});
/** One source of an item or threshold. */
export type Citation = z.infer<typeof citationSchema>;

/**
 * Force of each instrument domain.md cites, from its "Legal force" table: treaties and
 * customary IHL bind; UN soft law, treaty-body interpretation and the CPT's standards are
 * standards; technical and practitioner guidance are recommendations.
 */
export const INSTRUMENT_FORCE = {
  CED: 'binding',
  ICCPR: 'binding',
  'GC III': 'binding',
  'GC IV': 'binding',
  'AP II': 'binding',
  CIHL: 'binding',
  GC35: 'standard',
  SMR: 'standard',
  BoP: 'standard',
  BKK: 'standard',
  JDL: 'standard',
  CPT: 'standard',
  'ICRC-WASH05': 'recommendation',
  'ICRC-WASH12': 'recommendation',
  'APT-Guide': 'recommendation',
  'APT-DFD': 'recommendation',
  'APT/PRI': 'recommendation',
  'OHCHR glossary': 'recommendation',
  'UNODC-PFM': 'recommendation',
} as const satisfies Readonly<Record<string, LegalForce>>;
/** An instrument domain.md cites. */
export type KnownInstrument = keyof typeof INSTRUMENT_FORCE;

/**
 * A citation of a known instrument, its force taken from INSTRUMENT_FORCE so the same
 * instrument is never labelled two ways. `toVerify` for references domain.md tags [U].
 */
export function cite(instrument: KnownInstrument, ref?: string, options: { toVerify?: boolean } = {}): Citation {
  const citation: Citation = { instrument, force: INSTRUMENT_FORCE[instrument] };
  if (ref !== undefined) citation.ref = ref;
  if (options.toVerify === true) citation.toVerify = true;
  return citation;
}

/** A citation as printed: `SMR 43(2)`, `CIHL R.125`, `APT-DFD`. */
export function formatCitation(citation: Citation): string {
  return citation.ref === undefined ? citation.instrument : `${citation.instrument} ${citation.ref}`;
}

/** The strongest force among citations: an item is as binding as its most binding source. */
export function strongestForce(citations: readonly Citation[]): LegalForce | undefined {
  const ranked = LEGAL_FORCES.find((force) => citations.some((citation) => citation.force === force));
  return ranked;
}
