/**
 * The default template: every category of domain.md §3.2, each item citing its source.
 * Version 1 is released data: a change to any item, label or source is a new version
 * (a new constant beside this one, added to BUILT_IN_TEMPLATES), never an edit, because
 * inspections name the version and content hash they used.
 */
import type { Template } from '../template';
import { DEFAULT_TEMPLATE_ID } from './builtInIds';
import { DISCIPLINE, HEALTH_CARE } from './default/healthDiscipline';
import { CLOTHING_BEDDING, FOOD_SECTION, HYGIENE, LIGHT_VENTILATION } from './default/livingConditions';
import { ACCOMMODATION, SANITATION, WATER } from './default/materialConditions';
import { COMPLAINTS_SECTION, OUTSIDE_CONTACT, REGIME_OUTDOOR } from './default/regimeContact';
import { CHILDREN, PERSONNEL, SEPARATION, WOMEN } from './default/groups';
import { SAFEGUARDS, TREATMENT } from './default/treatmentSafeguards';

/** The default template, version 1. */
export const DEFAULT_TEMPLATE_V1: Template = {
  id: DEFAULT_TEMPLATE_ID,
  version: 1,
  title: {
    en: 'Conditions of detention and treatment: standard checklist',
    fr: 'Conditions de détention et traitement : liste de contrôle standard',
    ar: 'ظروف الاحتجاز والمعاملة: قائمة التحقق القياسية',
  },
  sections: [
    TREATMENT,
    SAFEGUARDS,
    ACCOMMODATION,
    WATER,
    SANITATION,
    HYGIENE,
    FOOD_SECTION,
    LIGHT_VENTILATION,
    CLOTHING_BEDDING,
    REGIME_OUTDOOR,
    OUTSIDE_CONTACT,
    HEALTH_CARE,
    DISCIPLINE,
    COMPLAINTS_SECTION,
    SEPARATION,
    WOMEN,
    CHILDREN,
    PERSONNEL,
  ],
};
