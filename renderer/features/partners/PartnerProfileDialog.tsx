import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedFacility, PartnerKind, PartnerProfile, SupportType } from '@shared/partners/events';
import { PARTNER_KINDS, SUPPORT_TYPES } from '@shared/partners/events';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { Checkbox } from '../../ui/Checkbox';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { registerPartner, updatePartner } from './commands';
import { FormDialog } from './FormDialog';
import { checkProfile } from './forms';
import { PARTNER_KIND_KEYS, SUPPORT_TYPE_KEYS } from './labels';
import { useFacilityChoices } from './queries';
import { useCheckedForm } from '../../ui/useCheckedForm';
import { useProblemText } from './useProblemText';

type PartnerProfileDialogProps = {
  /** The partner to edit, or undefined to register a new one. */
  partner?: { id: string; profile: PartnerProfile };
  onClose: () => void;
  onSaved?: (partnerId: string) => void;
};

function toggled<T>(list: readonly T[], item: T, isOn: boolean): T[] {
  return isOn ? [...list.filter((existing) => existing !== item), item] : list.filter((existing) => existing !== item);
}

function SupportChoices({ chosen, onChange }: { chosen: readonly SupportType[]; onChange: (types: SupportType[]) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field partners-choices">
      <legend className="field-label">{t('partners.profile.support')}</legend>
      {SUPPORT_TYPES.map((type) => (
        <Checkbox key={type} label={t(SUPPORT_TYPE_KEYS[type])} checked={chosen.includes(type)} onCheckedChange={(isOn) => { onChange(toggled(chosen, type, isOn)); }} />
      ))}
    </fieldset>
  );
}

/** Facilities the adviser links by hand; the responsible authority each declared is shown as a hint only. */
function FacilityLinks({ linked, onChange }: { linked: readonly LinkedFacility[]; onChange: (facilities: LinkedFacility[]) => void }) {
  const { t } = useTranslation();
  const facilities = useFacilityChoices();
  const isLinked = (code: string) => linked.some((facility) => facility.code === code);
  return (
    <fieldset className="field partners-choices">
      <legend className="field-label">{t('partners.profile.facilities')}</legend>
      <p className="field-hint">{t('partners.profile.facilitiesHint')}</p>
      {facilities.map((facility) => (
        <Checkbox
          key={facility.ledger}
          label={`${facility.name} (${facility.code})`}
          hint={t('partners.profile.authorityHint', { authority: facility.responsibleAuthority })}
          checked={isLinked(facility.code)}
          onCheckedChange={(isOn) => {
            onChange(isOn ? [...linked.filter((item) => item.code !== facility.code), { code: facility.code, name: facility.name }] : linked.filter((item) => item.code !== facility.code));
          }}
        />
      ))}
    </fieldset>
  );
}

/** Registers a partner force or authority, or records its new profile. */
export function PartnerProfileDialog({ partner, onClose, onSaved }: PartnerProfileDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const initial = partner?.profile;
  const [name, setName] = useState(initial?.name ?? '');
  const [kind, setKind] = useState<PartnerKind>(initial?.kind ?? 'state_force');
  const [supportTypes, setSupportTypes] = useState<SupportType[]>([...(initial?.supportTypes ?? [])]);
  const [facilities, setFacilities] = useState<LinkedFacility[]>([...(initial?.facilities ?? [])]);
  const [description, setDescription] = useState(initial?.description ?? '');
  const { isBusy, run } = useDialogCommand(onClose, 'partners.profile.failed');
  const { formRef, errors, submit } = useCheckedForm(
    () => checkProfile({ name, kind, supportTypes: SUPPORT_TYPES.filter((type) => supportTypes.includes(type)), facilities, description }),
    (profile) =>
      void run(async () => {
        if (partner === undefined) onSaved?.(await registerPartner(session, profile));
        else await updatePartner(session, partner.id, profile);
      }, 'partners.profile.saved'),
  );
  const problem = useProblemText(errors);
  return (
    <FormDialog
      title={partner === undefined ? t('partners.profile.addTitle') : t('partners.profile.editTitle')}
      subject={partner === undefined ? t('partners.profile.addSubject') : partner.profile.name}
      submitLabel={partner === undefined ? t('partners.profile.addSubmit') : t('partners.profile.editSubmit')}
      isBusy={isBusy}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField label={t('partners.profile.name')} hint={t('partners.profile.nameHint')} error={problem('name')} value={name} onValueChange={setName} />
      <SelectField<PartnerKind> label={t('partners.profile.kind')} options={PARTNER_KINDS.map((value) => ({ value, label: t(PARTNER_KIND_KEYS[value]) }))} value={kind} onValueChange={setKind} />
      <SupportChoices chosen={supportTypes} onChange={setSupportTypes} />
      <FacilityLinks linked={facilities} onChange={setFacilities} />
      <TextArea label={t('partners.profile.description')} hint={t('partners.profile.descriptionHint')} error={problem('description')} value={description} onValueChange={setDescription} />
    </FormDialog>
  );
}
