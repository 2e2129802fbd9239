import type { ValidationProblem } from '@shared/custody/validation';
import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from './useCustodyLabels';

type ProblemListProps = {
  problems: readonly ValidationProblem[];
  /** Names fields this vocabulary does not know (an event form's own fields), by path. */
  fieldLabel?: (path: string) => string | undefined;
};

/** The DOM id of a form control for a field path, as ProblemList looks for it. */
export function fieldDomId(path: string): string {
  return `field-${path}`;
}

/**
 * The control for a path, or for the nearest field containing it: a problem at
 * `identity.documents.1.number` falls back to the list `identity.documents`.
 */
function controlFor(path: string): HTMLElement | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const element = document.getElementById(fieldDomId(segments.slice(0, length).join('.')));
    if (element !== null) return element;
  }
  return null;
}

/**
 * What stops a draft from being written, announced at once: one sentence per problem
 * saying what is wrong and what to do, each a button that moves focus to its field.
 */
export function ProblemList({ problems, fieldLabel }: ProblemListProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  if (problems.length === 0) return null;
  return (
    <div className="problem-list banner banner-error" role="alert">
      <p className="banner-title">{t('custody.problems.title', { count: problems.length })}</p>
      <ul className="problem-list-items">
        {problems.map((item, index) => {
          const ownLabel = fieldLabel?.(item.path);
          const message = labels.problem(item, ownLabel);
          const key = `${item.code}:${item.path}:${String(index)}`;
          if (ownLabel === undefined && !labels.hasField(item.path)) return <li key={key}>{message}</li>;
          return (
            <li key={key}>
              <button
                type="button"
                className="link-button problem-list-link"
                onClick={() => {
                  const control = controlFor(item.path);
                  control?.scrollIntoView({ block: 'center' });
                  control?.focus();
                }}
              >
                {message}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
