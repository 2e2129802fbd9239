import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { useAdmissionForm, useRowSlot } from '../formContext';
import { KnownGroup } from '../fields/KnownGroup';
import { KnownNumberField } from '../fields/KnownNumberField';
import { KnownSelectField } from '../fields/KnownSelectField';
import { KnownTextField } from '../fields/KnownTextField';
import { RepeatableGroup } from '../fields/RepeatableGroup';
import { TextInput } from '../fields/TextInput';
import { useYesNoOptions } from '../fields/useYesNoOptions';
import type { StepProps } from './stepProps';

function MemberRow({ rowId, index }: { rowId: string; index: number }) {
  const labels = useCustodyLabels();
  const name = useRowSlot('family.members', rowId, 'name');
  const relationship = useRowSlot('family.members', rowId, 'relationship');
  const path = (part: string) => `family.members.${String(index)}.${part}`;
  return (
    <div className="admission-row-parts">
      <TextInput fieldId={path('name')} label={labels.field(path('name'))} slot={name} />
      <TextInput fieldId={path('relationship')} label={labels.field(path('relationship'))} slot={relationship} />
    </div>
  );
}

function ChildRow({ rowId, index }: { rowId: string; index: number }) {
  const name = useRowSlot('family.children', rowId, 'name');
  const age = useRowSlot('family.children', rowId, 'ageYears');
  const location = useRowSlot('family.children', rowId, 'location');
  const carer = useRowSlot('family.children', rowId, 'carer');
  const path = (part: string) => `family.children.${String(index)}.${part}`;
  return (
    <div className="admission-row-parts">
      <KnownTextField fieldId={path('name')} slot={name} />
      <KnownNumberField fieldId={path('ageYears')} slot={age} />
      <KnownTextField fieldId={path('location')} slot={location} />
      <KnownTextField fieldId={path('carer')} slot={carer} />
    </div>
  );
}

function ContactGroup({ fieldId, hint }: { fieldId: 'family.nextOfKin' | 'family.personToInform'; hint: string }) {
  const labels = useCustodyLabels();
  return (
    <KnownGroup fieldId={fieldId} hint={hint}>
      <TextInput fieldId={`${fieldId}.name`} label={labels.field(`${fieldId}.name`)} />
      <KnownTextField fieldId={`${fieldId}.relationship`} />
      <KnownTextField fieldId={`${fieldId}.address`} kind="textarea" />
      <KnownTextField fieldId={`${fieldId}.phone`} dir="ltr" />
    </KnownGroup>
  );
}

function RelativesFields() {
  const { t } = useTranslation();
  const { view } = useAdmissionForm();
  return (
    <>
      <RepeatableGroup
        list="family.members"
        words={{
          row: (number) => t('admission.rows.member', { number }),
          add: t('admission.rows.addMember'),
          remove: (number) => t('admission.rows.removeMember', { number }),
          empty: t('admission.rows.noMembers'),
        }}
        renderRow={(row, index) => <MemberRow rowId={row.id} index={index} />}
      />
      <RepeatableGroup
        list="family.children"
        hint={view.facts.isWoman === true ? t('admission.women.childrenHint') : t('admission.hint.children')}
        words={{
          row: (number) => t('admission.rows.child', { number }),
          add: t('admission.rows.addChild'),
          remove: (number) => t('admission.rows.removeChild', { number }),
          empty: t('admission.rows.noChildren'),
        }}
        renderRow={(row, index) => <ChildRow rowId={row.id} index={index} />}
      />
    </>
  );
}

/** Family and children, who to contact and inform, and what the person agrees to (SMR 7(f)–(g), 68–69; BKK 3). */
export function FamilyStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { view } = useAdmissionForm();
  const yesNo = useYesNoOptions();
  const isChild = view.facts.childStatus === 'child';
  return (
    <Section title={labels.section('family')} hint={t('admission.steps.familyHint')} headingRef={headingRef}>
      <RelativesFields />
      <ContactGroup fieldId="family.nextOfKin" hint={isChild ? t('admission.child.nextOfKinHint') : t('admission.hint.nextOfKin')} />
      <ContactGroup fieldId="family.personToInform" hint={t('admission.hint.personToInform')} />
      <KnownTextField fieldId="family.correspondenceAddress" kind="textarea" />
      <KnownSelectField fieldId="family.consentToNotify" options={yesNo} hint={t('admission.hint.consentToNotify')} />
      <KnownTextField fieldId="family.doNotNotify" kind="textarea" hint={t('admission.hint.doNotNotify')} />
      <KnownTextField fieldId="family.healthInfoRecipients" kind="textarea" />
    </Section>
  );
}
