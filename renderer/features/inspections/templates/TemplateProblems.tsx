import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { TEMPLATE_PROBLEM_KEYS } from './problemLabels';
import type { ImportProblem } from './templateFile';

/** Why a file was refused: each problem with where it is in the file, and the assurance that nothing was recorded. */
export function TemplateProblems({ fileName, problems }: { fileName: string; problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problems]);
  return (
    <div ref={ref} tabIndex={-1} className="template-problems">
      <Banner tone="error" title={t('inspections.templates.refusedTitle', { file: fileName })}>
        <p>{t('inspections.templates.refusedBody', { count: problems.length, number: format.number(problems.length) })}</p>
        <ul className="problem-list">
          {problems.map((problem, index) => (
            // The same problem can occur twice at one place, so its position keeps the keys apart.
            <li key={`${problem.path}:${problem.code}:${String(index)}`}>
              <code dir="ltr" className="problem-path">{problem.path}</code>{' '}
              {t(TEMPLATE_PROBLEM_KEYS[problem.code], { ...problem.params, path: problem.path })}
            </li>
          ))}
        </ul>
      </Banner>
    </div>
  );
}
