import { useTranslation } from 'react-i18next';
import type { CriterionRating, PartnerCriterion } from '@shared/partners/criteria';
import { CRITERION_RATINGS } from '@shared/partners/criteria';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import type { CriterionFields as Fields } from './forms';
import { CRITERION_KEYS, RATING_KEYS } from './labels';

type CriterionFieldsProps = {
  criterion: PartnerCriterion;
  fields: Fields;
  problem: (field: string) => string | undefined;
  onChange: (change: Partial<Fields>) => void;
};

/** One criterion of an assessment: its rating on the scale, the evidence it rests on, and a note. */
export function CriterionFields({ criterion, fields, problem, onChange }: CriterionFieldsProps) {
  const { t } = useTranslation();
  const name = t(CRITERION_KEYS[criterion].name);
  return (
    <div className="partners-criterion">
      <RadioGroup<CriterionRating | ''>
        legend={name}
        hint={t(CRITERION_KEYS[criterion].hint)}
        error={problem(`${criterion}.rating`)}
        options={CRITERION_RATINGS.map((value) => ({ value, label: t(RATING_KEYS[value].name) }))}
        value={fields.rating}
        onValueChange={(rating) => { onChange({ rating }); }}
      />
      <div className="partners-criterion-notes">
        <TextArea
          label={t('partners.assess.evidence', { criterion: name })}
          hint={t('partners.assess.evidenceHint')}
          error={problem(`${criterion}.evidence`)}
          value={fields.evidence}
          onValueChange={(evidence) => { onChange({ evidence }); }}
        />
        <TextArea
          label={t('partners.assess.note', { criterion: name })}
          error={problem(`${criterion}.note`)}
          rows={2}
          value={fields.note}
          onValueChange={(note) => { onChange({ note }); }}
        />
      </div>
    </div>
  );
}
