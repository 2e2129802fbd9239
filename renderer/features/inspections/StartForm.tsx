import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltInProfileId } from '@shared/inspection/indicatorProfiles';
import { BUILT_IN_PROFILE_IDS, INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/RadioGroup';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import type { SelectOption } from '../../ui/SelectField';
import { useFacilities, useTemplateLanguage } from './queries';
import { useTemplateChoices } from './templateChoices';
import type { TemplateChoice } from './templateChoices';
import { useStartInspection } from './useStartInspection';

/** The checklists offered, each saying whether it is built in or imported. */
function useTemplateOptions(templates: readonly TemplateChoice[]): SelectOption<string>[] {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  return templates.map((option) => ({
    value: option.hash,
    label: t(option.isBuiltIn ? 'inspections.start.builtInOption' : 'inspections.start.importedOption', { title: option.template.title[language], version: option.template.version }),
  }));
}

/** A new inspection: which facility, which checklist, which standards the measurements are held to. */
export function StartForm() {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const facilities = useFacilities();
  const templates = useTemplateChoices();
  const templateOptions = useTemplateOptions(templates);
  const [facilityCode, setFacilityCode] = useState(facilities[0]?.code ?? '');
  const [templateHash, setTemplateHash] = useState(templates[0]?.hash ?? '');
  const [profileId, setProfileId] = useState<BuiltInProfileId>('icrc');
  const { isBusy, start } = useStartInspection();
  const facility = facilities.find((candidate) => candidate.code === facilityCode);
  const choice = templates.find((candidate) => candidate.hash === templateHash);
  return (
    <Section title={t('inspections.start.title')} hint={t('inspections.start.hint')}>
      <SelectField label={t('inspections.fields.facility')} hint={t('inspections.start.facilityHint')} options={facilities.map((option) => ({ value: option.code, label: `${option.name} (${option.code})` }))} value={facilityCode} onValueChange={setFacilityCode} />
      <SelectField label={t('inspections.fields.template')} hint={t('inspections.start.templateHint')} options={templateOptions} value={templateHash} onValueChange={setTemplateHash} />
      <RadioGroup
        legend={t('inspections.profile.legend')}
        hint={t('inspections.profile.hint')}
        options={BUILT_IN_PROFILE_IDS.map((id) => ({ value: id, label: INDICATOR_PROFILES[id].title[language] }))}
        value={profileId}
        onValueChange={setProfileId}
      />
      <Button
        variant="primary"
        isBusy={isBusy}
        busyLabel={t('inspections.start.starting')}
        disabled={facility === undefined || choice === undefined}
        onClick={() => {
          if (facility !== undefined && choice !== undefined) void start({ facility, template: choice.template, profile: INDICATOR_PROFILES[profileId] });
        }}
      >
        {t('inspections.start.submit')}
      </Button>
    </Section>
  );
}
