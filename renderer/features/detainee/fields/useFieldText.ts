/**
 * Field labels and values in the user's language: our keys for event fields, custody
 * common's vocabulary for admission fields and register terms, and the facility's time
 * zone for instants.
 */
import type { JsonValue } from '@shared/crypto/canonicalJson';
import type { AGE_GROUPS, GENDER_IDENTITIES, LegalCategory, LegalRegime, QUARTERS, SEXES, STATUS_GROUPS } from '@shared/custody/events/common';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { CustodyLabels } from '../../custody';
import { useCustodyLabels } from '../../custody';
import type { ChoiceLabels, FieldSpec, InputKind, Vocabulary } from './fieldTypes';

/** A path without list indices, as custody common names admission members (`identity.documents.kind`). */
export function withoutIndices(path: string): string {
  return path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
}

function vocabularyLabel(labels: CustodyLabels, vocabulary: Vocabulary, value: string): string {
  switch (vocabulary) {
    case 'legalCategory':
      return labels.legalCategory(value as LegalCategory);
    case 'legalRegime':
      return labels.legalRegime(value as LegalRegime);
    case 'sex':
      return labels.sex(value as (typeof SEXES)[number]);
    case 'genderIdentity':
      return labels.genderIdentity(value as (typeof GENDER_IDENTITIES)[number]);
    case 'quarters':
      return labels.quarters(value as (typeof QUARTERS)[number]);
    case 'ageGroup':
      return labels.ageGroup(value as (typeof AGE_GROUPS)[number]);
    case 'statusGroup':
      return labels.statusGroup(value as (typeof STATUS_GROUPS)[number]);
    case 'documentHeldBy':
      return labels.documentHeldBy(value as 'detainee' | 'facility');
  }
}

/** Words for fields and their values. */
export type FieldText = {
  readonly labels: CustodyLabels;
  /** A field's label: ours, or custody common's for an admission path. */
  label: (spec: FieldSpec, path: string) => string;
  /** A choice value's label; an unexpected value reads as itself. */
  choice: (choiceLabels: ChoiceLabels, value: string) => string;
  /** A single value as text (not groups or lists); `eventName` names a referenced event. */
  scalar: (input: InputKind, json: JsonValue, eventName?: (id: string) => string) => string;
};

export function useFieldText(): FieldText {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return useMemo(() => {
    const choice = (choiceLabels: ChoiceLabels, value: string): string => {
      if (typeof choiceLabels === 'string') return vocabularyLabel(labels, choiceLabels, value);
      const key = Object.hasOwn(choiceLabels, value) ? choiceLabels[value] : undefined;
      return key === undefined ? value : t(key);
    };
    const scalar = (input: InputKind, json: JsonValue, eventName?: (id: string) => string): string => {
      if (typeof json === 'boolean') return json ? t('detainee.value.yes') : t('detainee.value.no');
      if (typeof json === 'number') return format.number(json);
      if (typeof json !== 'string') return JSON.stringify(json);
      if (input.kind === 'instant') return Number.isNaN(Date.parse(json)) ? json : format.dateTime(new Date(json));
      if (input.kind === 'choice' || input.kind === 'choices') return choice(input.labels, json);
      if (input.kind === 'event') return eventName?.(json) ?? json;
      return json;
    };
    return {
      labels,
      label: (spec, path) => (spec.label === undefined ? labels.field(withoutIndices(path)) : t(spec.label)),
      choice,
      scalar,
    };
  }, [t, labels, format]);
}
