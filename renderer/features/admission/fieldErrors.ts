/**
 * Which problems show next to their fields. A rule broken between two fields (birth after
 * arrest) shows at once; a problem with what is being typed waits until the registrar has
 * left that field (or another input of the same field), or has tried to admit.
 */
import type { AdmissionProblem } from './checks';
import { fieldIdOf } from './formFields';

export function shownProblems(problems: readonly AdmissionProblem[], touched: ReadonlySet<string>, attempt: number): Map<string, AdmissionProblem[]> {
  const touchedFields = new Set([...touched].map(fieldIdOf));
  const byPath = new Map<string, AdmissionProblem[]>();
  for (const problem of problems) {
    const { path } = problem.problem;
    const isShown = attempt > 0 || problem.source === 'rule' || touchedFields.has(fieldIdOf(path));
    if (isShown) byPath.set(path, [...(byPath.get(path) ?? []), problem]);
  }
  return byPath;
}
