import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../custody';
import type { MissingField } from './fields/formValues';

type MissingListProps = {
  missing: readonly MissingField[];
  /** The label of a field by its form path. */
  labelOf: (path: string) => string;
};

/** The fields still to answer before anything is written, announced at once; each moves focus to its field. */
export function MissingList({ missing, labelOf }: MissingListProps) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <div className="problem-list banner banner-error" role="alert">
      <p className="banner-title">{t('detainee.form.missingTitle', { count: missing.length })}</p>
      <ul className="problem-list-items">
        {missing.map((field) => (
          <li key={field.path}>
            <button
              type="button"
              className="link-button problem-list-link"
              onClick={() => {
                const control = document.getElementById(fieldDomId(field.path));
                control?.scrollIntoView({ block: 'center' });
                control?.focus();
              }}
            >
              {labelOf(field.path)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
