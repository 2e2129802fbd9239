import { GENDER_IDENTITIES, LEGAL_CATEGORIES, QUARTERS, SEXES, STATUS_GROUPS, AGE_GROUPS } from '@shared/custody/events/common';
import { CUSTODY_EVENT_TYPE_NAMES } from '@shared/custody/eventTypes';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import { CUSTODY_STATUSES, RECORD_PROBLEM_CODES } from '@shared/custody/projection/types';
import { SAFEGUARD_NOTES, SAFEGUARD_RULE_IDS, SAFEGUARD_RULES, SAFEGUARD_STATES } from '@shared/custody/safeguards';
import { ADMISSION_FIELDS, LEGAL_FORCES, STANDARDS_MAP } from '@shared/custody/standardsMap';
import { VALIDATION_CODES } from '@shared/custody/validation';
import { LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import { describe, expect, it } from 'vitest';
import { ADMISSION_SECTION_IDS, custodyLabels } from '../../../../../renderer/features/custody';
import type { CustodyLabels } from '../../../../../renderer/features/custody';
import { STANDARD_NOTE_KEYS } from '../../../../../renderer/features/custody/fieldKeys';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import type { Language } from '../../../../../renderer/i18n/languages';
import { anAdmissionPayload } from '../../../../builders/custody';

const LANGUAGES: readonly Language[] = ['en', 'fr', 'ar'];
const labelsIn = (language: Language): CustodyLabels => custodyLabels(createI18n(language).t);

/** Every vocabulary with its values, as the labels of one language read them. */
function vocabularies(labels: CustodyLabels): Record<string, readonly string[]> {
  return {
    eventType: CUSTODY_EVENT_TYPE_NAMES.map(labels.eventType),
    status: [...CUSTODY_STATUSES, 'voided' as const].map(labels.status),
    legalCategory: LEGAL_CATEGORIES.map(labels.legalCategory),
    legalRegime: LEGAL_REGIMES.map(labels.legalRegime),
    unknownReason: UNKNOWN_REASONS.map(labels.unknownReason),
    safeguardRule: SAFEGUARD_RULE_IDS.map(labels.safeguardRule),
    safeguardState: SAFEGUARD_STATES.map(labels.safeguardState),
    safeguardNote: SAFEGUARD_NOTES.map(labels.safeguardNote),
    problem: VALIDATION_CODES.map((code) => labels.problem({ code, path: '' })),
    field: ADMISSION_FIELDS.map((field) => labels.field(field.id)),
    section: ADMISSION_SECTION_IDS.map(labels.section),
    recordProblem: RECORD_PROBLEM_CODES.map(labels.recordProblem),
    legalForce: LEGAL_FORCES.map(labels.legalForce),
    sex: SEXES.map(labels.sex),
    genderIdentity: GENDER_IDENTITIES.map(labels.genderIdentity),
    quarters: QUARTERS.map(labels.quarters),
    ageGroup: AGE_GROUPS.map(labels.ageGroup),
    statusGroup: STATUS_GROUPS.map(labels.statusGroup),
  };
}

/** NOTE: mutates `out`. Every leaf path of a JSON value. */
function leafPaths(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => leafPaths(item, `${path}.${String(index)}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, path === '' ? key : `${path}.${key}`, out);
  } else out.push(path);
  return out;
}

describe.each(LANGUAGES)('the register vocabulary in %s', (language) => {
  const labels = labelsIn(language);
  const all = vocabularies(labels);

  it.each(Object.keys(all))('names every %s with a real text, never a key or a raw id', (name) => {
    for (const text of all[name] ?? []) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/^custody\.|^[a-z]+(?:[._-][a-z]+)+$/);
    }
  });

  it.each(['eventType', 'status', 'safeguardRule', 'safeguardState', 'field', 'section', 'problem'])('tells the values of %s apart', (name) => {
    const texts = all[name] ?? [];
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names every member of a fully answered admission, including list items', () => {
    const payload = anAdmissionPayload({
      health: {
        examination: { value: { at: '2026-11-26T10:30:00+03:00', examiner: 'Dr A' } },
        visibleInjuries: { value: { present: true, description: 'Bruise' } },
        tortureReferral: { value: { at: '2026-11-26T11:00:00+03:00', authority: 'Prosecutor', reference: { value: 'TR-1' } } },
      },
      family: {
        children: { value: [{ name: { value: 'Sara' }, ageYears: { value: 4 }, location: { value: 'With her aunt' }, carer: { value: 'Aunt' } }] },
        personToInform: { value: { name: 'Aunt', relationship: { value: 'aunt' }, address: { unknown: 'unknown' }, phone: { value: '123' } } },
      },
    });
    const unnamed = leafPaths(payload, '', []).filter((path) => !labels.hasField(path));
    expect(unnamed).toEqual([]);
  });

  it('translates every note a source carries', () => {
    const notes = [...STANDARDS_MAP.values(), ...Object.values(SAFEGUARD_RULES).map((rule) => rule.sources)]
      .flat()
      .flatMap((source) => (source.note === undefined ? [] : [source.note]));
    expect(notes.filter((note) => !Object.hasOwn(STANDARD_NOTE_KEYS, note))).toEqual([]);
  });
});

describe('validation problems as sentences', () => {
  const en = labelsIn('en');

  it('names the field, says what is wrong and what to do', () => {
    expect(en.problem({ code: 'birth-after-arrest', path: 'identity.dateOfBirth' })).toBe(
      'Date of birth: The date of birth is after the arrest. Check both dates.',
    );
  });

  it('finds the label of a member inside a list and a Known', () => {
    expect(en.problem({ code: 'invalid', path: 'identity.documents.1.number' })).toMatch(/^Document number: This value is not valid\./);
    expect(en.field('family.children.0.ageYears.value')).toBe('Age in years');
  });

  it('lets an event form name its own field, and leaves unnamed paths out', () => {
    expect(en.problem({ code: 'empty-reason', path: 'circumstances' }, 'Circumstances')).toBe(
      'Circumstances: A reason is required. Write why, in a few words.',
    );
    expect(en.problem({ code: 'empty-reason', path: 'circumstances' })).toBe('A reason is required. Write why, in a few words.');
  });

  it('says which status stops an event', () => {
    expect(en.problem({ code: 'not-in-custody', path: 'type', detail: 'released' })).toBe(
      'Type of event: This cannot be recorded while the person is Released. Check the person\'s status first.',
    );
  });

  it('reads in Arabic and French', () => {
    expect(labelsIn('ar').problem({ code: 'future-date', path: 'arrest.at' })).toBe(
      'الحقل «تاريخ القبض وساعته»: هذا التاريخ في المستقبل. أدخل الوقت الذي حدث فيه فعلاً.',
    );
    expect(labelsIn('fr').problem({ code: 'future-date', path: 'arrest.at' })).toBe(
      "Date et heure de l'arrestation : Cette date est dans le futur. Indiquez quand cela s'est réellement produit.",
    );
  });
});

describe('other labels', () => {
  const en = labelsIn('en');

  it('shows event types of newer versions by their raw name', () => {
    expect(en.eventType('custody.medical_examined')).toBe('Medical examination');
    expect(en.eventType('custody.future_kind')).toBe('custody.future_kind');
  });

  it('reads a Known as its value or the reason it has none', () => {
    expect(en.known({ value: 4 }, String)).toBe('4');
    expect(en.known({ unknown: 'refused' }, String)).toBe('Refused to say');
    expect(en.known(undefined, String)).toBe('Unknown');
  });
});
