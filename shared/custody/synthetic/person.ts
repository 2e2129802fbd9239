/** Who each synthetic detainee is: names in both scripts, sex, age, nationality, category. */
import type { LegalCategory, LegalRegime } from '../events/common';
import type { Known } from '../known';
import { knownNot, knownValue } from '../known';
import type { SyntheticPerson } from './admission';
import type { NameEntry } from './namePools';
import { FAMILY_NAMES, FEMALE_NAMES, FOREIGN_NAMES, MALE_NAMES } from './namePools';
import type { Rng } from './prng';
import { HOUR_MS } from './time';

const CATEGORIES: Readonly<Record<LegalRegime, readonly (readonly [LegalCategory, number])[]>> = {
  criminal: [['criminal_remand', 0.7], ['convicted', 0.25], ['other', 0.05]],
  niac: [['niac_security_detainee', 0.8], ['criminal_remand', 0.2]],
  iac: [['pow', 0.5], ['civilian_internee', 0.5]],
};

function categoryOf(rng: Rng, regime: LegalRegime): LegalCategory {
  let roll = rng.next();
  for (const [category, share] of CATEGORIES[regime]) {
    if (roll < share) return category;
    roll -= share;
  }
  return 'other';
}

// Names come from small pools: one shared Known per name instead of one per detainee.
const NAME_KNOWNS = new Map<string, Known<string>>();
const UNKNOWN_NAME: Known<string> = knownNot('unknown');

function nameKnown(name: string): Known<string> {
  let known = NAME_KNOWNS.get(name);
  if (known === undefined) {
    known = knownValue(name);
    NAME_KNOWNS.set(name, known);
  }
  return known;
}

function latinOf(rng: Rng, entry: NameEntry): string {
  return rng.pick(entry.slice(1));
}

type Names = Pick<SyntheticPerson, 'familyName' | 'givenNames' | 'familyNameLatin' | 'givenNamesLatin' | 'aliases' | 'fatherFirstName'>;

function localNames(rng: Rng, isWoman: boolean): Names {
  const given = rng.pick(isWoman ? FEMALE_NAMES : MALE_NAMES);
  const family = rng.pick(FAMILY_NAMES);
  const father = rng.pick(MALE_NAMES);
  // Most entries carry both scripts; some only Arabic or only a transliteration, as received.
  const roll = rng.next();
  const hasArabic = roll < 0.95;
  const hasLatin = roll >= 0.1;
  const arabic = (text: string): Known<string> => (hasArabic ? nameKnown(text) : UNKNOWN_NAME);
  const latin = (text: string): Known<string> => (hasLatin ? nameKnown(text) : UNKNOWN_NAME);
  const aliases = rng.chance(0.2) ? [`${latinOf(rng, given)} ${latinOf(rng, family)}`] : [];
  return {
    familyName: arabic(family[0]),
    givenNames: arabic(given[0]),
    familyNameLatin: latin(latinOf(rng, family)),
    givenNamesLatin: latin(latinOf(rng, given)),
    aliases,
    fatherFirstName: rng.chance(0.9) ? nameKnown(rng.chance(0.5) ? father[0] : latinOf(rng, father)) : UNKNOWN_NAME,
  };
}

function foreignNames(rng: Rng): Names & { nationality: string } {
  const [given, family, nationality] = rng.pick(FOREIGN_NAMES);
  return {
    familyName: knownValue(family),
    givenNames: knownValue(given),
    familyNameLatin: knownValue(family),
    givenNamesLatin: knownValue(given),
    aliases: [],
    fatherFirstName: knownNot('unknown'),
    nationality,
  };
}

/** One synthetic person: about 10 % women, 5 % children, 6 % foreign nationals. */
export function buildPerson(rng: Rng, registerNumber: number, admittedMs: number, regime: LegalRegime): SyntheticPerson {
  const isWoman = rng.chance(0.1);
  const isForeign = rng.chance(0.06);
  const ageYears = rng.chance(0.05) ? rng.int(14, 17) : rng.int(18, 65);
  const names = isForeign ? foreignNames(rng) : { ...localNames(rng, isWoman), nationality: 'National' };
  return {
    ...names,
    isWoman: isWoman && !isForeign,
    ageYears,
    isForeign,
    category: categoryOf(rng, regime),
    regime,
    arrestMs: rng.chance(0.94) ? admittedMs - rng.int(1, rng.chance(0.85) ? 8 : 30) * HOUR_MS : undefined,
    admittedMs,
    registerNumber,
  };
}
