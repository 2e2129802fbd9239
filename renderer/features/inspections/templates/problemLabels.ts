import type { TemplateProblemCode } from '@shared/inspection/templateProblems';
import type { TranslationKey } from '../../../i18n/translationKey';
import type { ImportProblem } from './templateFile';

/** Each refusal as what is wrong and what to do, keyed by the parser's stable codes. */
export const TEMPLATE_PROBLEM_KEYS: Readonly<Record<TemplateProblemCode | ImportProblem['code'], TranslationKey>> = {
  'not-utf8': 'inspections.templates.problem.notUtf8',
  'too-large': 'inspections.templates.problem.tooLarge',
  syntax: 'inspections.templates.problem.syntax',
  'reserved-key': 'inspections.templates.problem.reservedKey',
  'lone-surrogate': 'inspections.templates.problem.loneSurrogate',
  'too-deep': 'inspections.templates.problem.tooDeep',
  'not-json': 'inspections.templates.problem.notJson',
  missing: 'inspections.templates.problem.missing',
  'wrong-type': 'inspections.templates.problem.wrongType',
  'unknown-key': 'inspections.templates.problem.unknownKey',
  'not-allowed': 'inspections.templates.problem.notAllowed',
  'bad-format': 'inspections.templates.problem.badFormat',
  'too-short': 'inspections.templates.problem.tooShort',
  'too-long': 'inspections.templates.problem.tooLong',
  'too-few': 'inspections.templates.problem.tooFew',
  'too-many': 'inspections.templates.problem.tooMany',
  'too-small': 'inspections.templates.problem.tooSmall',
  'too-big': 'inspections.templates.problem.tooBig',
  'invalid-text': 'inspections.templates.problem.invalidText',
  'reserved-template-id': 'inspections.templates.problem.reservedTemplateId',
  'unit-required': 'inspections.templates.problem.unitRequired',
  'unit-not-allowed': 'inspections.templates.problem.unitNotAllowed',
  'better-not-allowed': 'inspections.templates.problem.betterNotAllowed',
  'indicator-not-allowed': 'inspections.templates.problem.indicatorNotAllowed',
  'duplicate-regime': 'inspections.templates.problem.duplicateRegime',
  'duplicate-id': 'inspections.templates.problem.duplicateId',
  'too-many-items': 'inspections.templates.problem.tooManyItems',
  invalid: 'inspections.templates.problem.invalid',
};
