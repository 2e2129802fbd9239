/**
 * A detainee's page (issue P3 items 2, 3 and the record half of 7): identity, gaps,
 * safeguards, pending confirmations, every later event's short form, corrections and
 * voids, the full history and its printed extract. Reached from the register, never
 * from the navigation.
 */
import type { FeatureDefinition } from '../../app/feature';
import { DetaineeScreen } from './DetaineeScreen';

/** The path of a detainee's page, for links from the register and elsewhere. */
export function detaineeHref(recordId: string): string {
  return `/register/${encodeURIComponent(recordId)}`;
}

export const detaineeFeature: FeatureDefinition = {
  id: 'detainee',
  path: 'register/:recordId',
  inNav: false,
  navLabelKey: 'detainee.nav',
  Screen: DetaineeScreen,
  requires: 'register.read',
};
