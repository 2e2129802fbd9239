/**
 * Everything that stops an admission being written, as the form shows it: problems with
 * typed input (readers.ts) and the custody rules of shared/custody (birth after arrest,
 * arrest after admission, dates in the future), checked live with the same function the
 * write uses, so a message appears next to the field before the registrar submits.
 */
import type { JsonObject } from '@shared/crypto/canonicalJson';
import type { ValidationProblem } from '@shared/custody/validation';
import { validateCustodyDraft } from '@shared/custody/validation';
import type { BuiltAdmission } from './buildAdmission';
import type { RowPlaces } from './groupReaders';
import type { ListId } from './formFields';
import { formOrderOf, LIST_IDS } from './formFields';
import type { FormProblem } from './readers';

/** A problem to show: with typed input, or a custody rule broken (its message comes from the custody vocabulary). */
export type AdmissionProblem = { readonly source: 'form'; readonly problem: FormProblem } | { readonly source: 'rule'; readonly problem: ValidationProblem };

// Rules are checked with a stand-in number: the real one is assigned when the admission is written.
const PREVIEW_NUMBER = { prefix: 'PREVIEW', number: 1 };

/** The path of the input a rule problem concerns: the admission time for the event's own time, rows by their place on screen. */
export function inputPathOf(path: string, places: RowPlaces): string {
  if (path === 'occurredAt') return 'admission.at';
  const list = LIST_IDS.find((id: ListId) => path.startsWith(`${id}.`));
  if (list === undefined) return path;
  const [index, ...rest] = path.slice(list.length + 1).split('.');
  const onScreen = places[list]?.[Number(index)];
  return onScreen === undefined ? list : [list, String(onScreen), ...rest].join('.');
}

/** The custody rules' problems with the admission as built, at input paths, without repeating a path the form already flags. */
export function ruleProblems(built: BuiltAdmission, now: Date): ValidationProblem[] {
  const flagged = new Set(built.problems.map((problem) => problem.path));
  const payload = { ...built.input, registerNumber: PREVIEW_NUMBER } as unknown as JsonObject;
  const draft = { type: 'custody.admitted', subject: 'admission-preview', occurredAt: built.input.admission.at, payload };
  const seen = new Set<string>();
  return validateCustodyDraft(draft, { now }).flatMap((found) => {
    if (found.path.startsWith('registerNumber')) return [];
    const path = inputPathOf(found.path, built.places);
    const key = `${found.code}:${path}`;
    if (flagged.has(path) || seen.has(key)) return [];
    seen.add(key);
    return [{ ...found, path }];
  });
}

/** Every problem, in the order the fields are shown (so the first is the one focus goes to). */
export function admissionProblems(built: BuiltAdmission, now: Date): AdmissionProblem[] {
  const all = [
    ...built.problems.map((problem): AdmissionProblem => ({ source: 'form', problem })),
    ...ruleProblems(built, now).map((problem): AdmissionProblem => ({ source: 'rule', problem })),
  ];
  return all.map((problem, index) => ({ problem, index, order: formOrderOf(problem.problem.path) }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ problem }) => problem);
}

/** Rule problems returned by the write (the register moved on meanwhile), at input paths. */
export function writeProblems(problems: readonly ValidationProblem[], places: RowPlaces): AdmissionProblem[] {
  return problems.map((problem) => ({ source: 'rule', problem: { ...problem, path: inputPathOf(problem.path, places) } }));
}

/** The input path a problem is shown at. */
export function problemPath(problem: AdmissionProblem): string {
  return problem.problem.path;
}
