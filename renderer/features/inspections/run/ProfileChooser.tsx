import { useTranslation } from 'react-i18next';
import type { BuiltInProfileId, IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import { BUILT_IN_PROFILE_IDS, INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useInspectionsStore } from '../inspectionsStore';
import { useTemplateLanguage } from '../queries';

function isBuiltIn(id: string): id is BuiltInProfileId {
  return (BUILT_IN_PROFILE_IDS as readonly string[]).includes(id);
}

/** Which standards the figures are held to; switching takes that profile's figures as published. */
export function ProfileChooser({ profile }: { profile: IndicatorProfile }) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const current = isBuiltIn(profile.id) ? profile.id : 'icrc';
  return (
    <RadioGroup
      legend={t('inspections.profile.legend')}
      hint={t('inspections.profile.switchHint')}
      options={BUILT_IN_PROFILE_IDS.map((id) => ({ value: id, label: INDICATOR_PROFILES[id].title[language] }))}
      value={current}
      onValueChange={(id) => {
        editDraft((draft) => ({ ...draft, profile: INDICATOR_PROFILES[id] }));
      }}
    />
  );
}
