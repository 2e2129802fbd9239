import { useTranslation } from 'react-i18next';
import { GENDER_IDENTITIES, SEXES } from '@shared/custody/events/common';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { ChildFlag } from '../ChildFlag';
import { useRowSlot } from '../formContext';
import { KnownNumberField } from '../fields/KnownNumberField';
import { KnownSelectField } from '../fields/KnownSelectField';
import { KnownTextField } from '../fields/KnownTextField';
import { PartialDateField } from '../fields/PartialDateField';
import { RepeatableGroup } from '../fields/RepeatableGroup';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';
import { TextListField } from '../fields/TextListField';
import { useYesNoOptions } from '../fields/useYesNoOptions';
import type { StepProps } from './stepProps';

function AliasRow({ rowId, index }: { rowId: string; index: number }) {
  const { t } = useTranslation();
  const slot = useRowSlot('identity.aliases', rowId, 'name');
  return <TextInput fieldId={`identity.aliases.${String(index)}.name`} label={t('admission.rows.aliasName')} slot={slot} />;
}

function DocumentRow({ rowId, index }: { rowId: string; index: number }) {
  const labels = useCustodyLabels();
  const path = (part: string) => `identity.documents.${String(index)}.${part}`;
  const kind = useRowSlot('identity.documents', rowId, 'kind');
  const number = useRowSlot('identity.documents', rowId, 'number');
  const heldBy = useRowSlot('identity.documents', rowId, 'heldBy');
  const receiptNumber = useRowSlot('identity.documents', rowId, 'receiptNumber');
  const holders = (['detainee', 'facility'] as const).map((value) => ({ value, label: labels.documentHeldBy(value) }));
  return (
    <div className="admission-row-parts">
      <TextInput fieldId={path('kind')} label={labels.field(path('kind'))} slot={kind} />
      <KnownTextField fieldId={path('number')} slot={number} dir="ltr" />
      <SelectInput fieldId={path('heldBy')} label={labels.field(path('heldBy'))} slot={heldBy} options={holders} />
      <KnownTextField fieldId={path('receiptNumber')} slot={receiptNumber} dir="ltr" />
    </div>
  );
}

function NamesFields() {
  const { t } = useTranslation();
  return (
    <>
      <KnownTextField fieldId="identity.familyName" hint={t('admission.hint.originalScript')} />
      <KnownTextField fieldId="identity.givenNames" />
      <KnownTextField fieldId="identity.familyNameLatin" hint={t('admission.hint.latin')} />
      <KnownTextField fieldId="identity.givenNamesLatin" />
      <RepeatableGroup
        list="identity.aliases"
        hint={t('admission.hint.aliases')}
        words={{
          row: (number) => t('admission.rows.alias', { number }),
          add: t('admission.rows.addAlias'),
          remove: (number) => t('admission.rows.removeAlias', { number }),
          empty: t('admission.rows.noAliases'),
        }}
        renderRow={(row, index) => <AliasRow rowId={row.id} index={index} />}
      />
      <KnownTextField fieldId="identity.fatherFirstName" />
      <KnownTextField fieldId="identity.motherName" hint={t('admission.hint.motherName')} />
    </>
  );
}

function PersonFields() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const yesNo = useYesNoOptions();
  return (
    <>
      <KnownSelectField fieldId="identity.sex" options={SEXES.map((value) => ({ value, label: labels.sex(value) }))} hint={t('admission.hint.sex')} />
      <KnownSelectField
        fieldId="identity.genderIdentity"
        options={GENDER_IDENTITIES.map((value) => ({ value, label: labels.genderIdentity(value) }))}
        hint={t('admission.hint.gender')}
      />
      <PartialDateField fieldId="identity.dateOfBirth" hint={t('admission.hint.dateOfBirth')} />
      <KnownNumberField fieldId="identity.estimatedAgeYears" hint={t('admission.hint.estimatedAge')} />
      <ChildFlag />
      <KnownTextField fieldId="identity.placeOfBirth" />
      <TextListField fieldId="identity.nationality" />
      <KnownSelectField fieldId="identity.isForeignNational" options={yesNo} hint={t('admission.hint.foreignNational')} />
      <KnownTextField fieldId="identity.lastResidence" kind="textarea" />
      <TextListField fieldId="identity.languages" />
      <KnownSelectField fieldId="identity.interpreterNeeded" options={yesNo} />
      <KnownTextField fieldId="identity.distinguishingMarks" kind="textarea" />
    </>
  );
}

/** Who the person is: names in both scripts, parents, sex and gender, birth, nationality, languages, documents. */
export function IdentityStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <Section title={labels.section('identity')} hint={t('admission.steps.identityHint')} headingRef={headingRef}>
      <NamesFields />
      <PersonFields />
      <RepeatableGroup
        list="identity.documents"
        hint={t('admission.hint.documents')}
        words={{
          row: (number) => t('admission.rows.document', { number }),
          add: t('admission.rows.addDocument'),
          remove: (number) => t('admission.rows.removeDocument', { number }),
          empty: t('admission.rows.noDocuments'),
        }}
        renderRow={(row, index) => <DocumentRow rowId={row.id} index={index} />}
      />
    </Section>
  );
}
