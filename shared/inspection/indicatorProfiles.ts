/**
 * Threshold profiles as data (design §2.4: an adviser can set a stricter national profile).
 *
 * The amber rule: a threshold has a `target`, the standard (meeting it is green), and an
 * `amberLimit` only where the source itself gives a lesser figure: the low end of a range
 * (drinking water 3–5 L) or an emergency minimum (1 toilet per 50, 1 shower per 100). A
 * value between the two is amber: it meets the lesser figure only. Past the amberLimit, or
 * short of a target that has none, is red. No tolerance band is ever invented, so floor
 * space, occupancy and time outdoors are green or red.
 *
 * Figures domain.md tags [U] carry `toVerify: true` (the UI labels them "to verify");
 * every figure stays editable through `editThreshold`, which marks it `edited`.
 */
import { z } from 'zod';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { IndicatorId } from './indicatorDefinitions';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS } from './indicatorDefinitions';
import { ICRC_THRESHOLDS, CPT_THRESHOLDS } from './profileData';
import { citationSchema } from './sources';
import { templateIdSchema } from './template';
import { localizedTextSchema } from './text';

/** Largest threshold value accepted. */
export const MAX_THRESHOLD = 1_000_000;
const threshold = z.number().min(0).max(MAX_THRESHOLD);

/** One indicator's threshold, with its sources. */
export const indicatorThresholdSchema = z.strictObject({
  target: threshold,
  amberLimit: threshold.optional(),
  sources: z.array(citationSchema).min(1).max(10),
  toVerify: z.boolean(),
  /** Set when a user changed the figure from the profile's default. */
  edited: z.boolean().optional(),
  note: localizedTextSchema(500).optional(),
});
/** One indicator's threshold. */
export type IndicatorThreshold = z.infer<typeof indicatorThresholdSchema>;

const thresholdsShape = Object.fromEntries(INDICATOR_IDS.map((id) => [id, indicatorThresholdSchema])) as Record<
  IndicatorId,
  typeof indicatorThresholdSchema
>;

/** The amber limit, if any, lies on the worse side of the target. */
function isAmberOnWorseSide(id: IndicatorId, value: IndicatorThreshold): boolean {
  if (value.amberLimit === undefined) return true;
  const isHigherBetter = INDICATOR_DEFINITIONS[id].better === 'higher';
  return isHigherBetter ? value.amberLimit < value.target : value.amberLimit > value.target;
}

/** A whole profile: a threshold for every indicator. */
export const indicatorProfileSchema = z
  .strictObject({
    id: templateIdSchema,
    title: localizedTextSchema(200),
    thresholds: z.strictObject(thresholdsShape),
  })
  .superRefine((profile, ctx) => {
    for (const id of INDICATOR_IDS) {
      if (!isAmberOnWorseSide(id, profile.thresholds[id])) {
        ctx.addIssue({
          code: 'custom',
          message: 'amberLimit must lie on the worse side of target',
          path: ['thresholds', id, 'amberLimit'],
        });
      }
    }
  });
/** A threshold profile. */
export type IndicatorProfile = z.infer<typeof indicatorProfileSchema>;

/** Ids of the built-in profiles. */
export const BUILT_IN_PROFILE_IDS = ['icrc', 'cpt'] as const;
/** One of BUILT_IN_PROFILE_IDS. */
export type BuiltInProfileId = (typeof BUILT_IN_PROFILE_IDS)[number];

/** The built-in profiles: ICRC figures (the default) and the CPT's living-space standard. */
export const INDICATOR_PROFILES: Readonly<Record<BuiltInProfileId, IndicatorProfile>> = {
  icrc: {
    id: 'icrc',
    title: {
      en: 'ICRC technical standards (default)',
      fr: 'Normes techniques du CICR (par défaut)',
      ar: 'المعايير التقنية للجنة الدولية للصليب الأحمر (افتراضي)',
    },
    thresholds: ICRC_THRESHOLDS,
  },
  cpt: {
    id: 'cpt',
    title: {
      en: 'CPT living-space standard',
      fr: 'Norme du CPT relative à l’espace vital',
      ar: 'معيار اللجنة الأوروبية لمنع التعذيب للمساحة المعيشية',
    },
    thresholds: CPT_THRESHOLDS,
  },
};

/** The profile used unless the user picks another. */
export const DEFAULT_PROFILE: IndicatorProfile = INDICATOR_PROFILES.icrc;

/** A new figure for one threshold; `amberLimit: null` removes the amber band. */
export type ThresholdChange = { target: number; amberLimit?: number | null };

/**
 * The profile with one threshold changed and marked `edited`. Refuses figures out of
 * range or an amber limit on the better side of the target. Returns a new profile.
 */
export function editThreshold(
  profile: IndicatorProfile,
  id: IndicatorId,
  change: ThresholdChange,
): Result<IndicatorProfile, 'invalid-threshold'> {
  const current = profile.thresholds[id];
  const amberLimit = change.amberLimit === undefined ? current.amberLimit : (change.amberLimit ?? undefined);
  const edited: IndicatorThreshold = {
    target: change.target,
    sources: current.sources,
    toVerify: current.toVerify,
    edited: true,
  };
  if (amberLimit !== undefined) edited.amberLimit = amberLimit;
  if (current.note !== undefined) edited.note = current.note;
  const candidate = { ...profile, thresholds: { ...profile.thresholds, [id]: edited } };
  const parsed = indicatorProfileSchema.safeParse(candidate);
  return parsed.success ? ok(candidate) : err('invalid-threshold');
}
