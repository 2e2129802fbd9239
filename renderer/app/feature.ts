import type { ComponentType } from 'react';
import type { TranslationKey } from '../i18n/translationKey';
import type { Capability } from '../vault/permissions';

/**
 * What a feature tells the app frame about itself. The frame builds the navigation and the
 * routes from the list in featureRegistry.ts, so a new feature plugs in with one line there.
 */
export type FeatureDefinition = {
  /** Stable id; also the scope of the feature's drafts (see ScreenBoundary). */
  id: string;
  /** Route path under the root, without a leading slash; '' for the overview; may hold parameters (`register/:recordId`). */
  path: string;
  /** False for screens reached from another screen (a detainee's page), never from the navigation. */
  inNav?: boolean;
  navLabelKey: TranslationKey;
  Screen: ComponentType;
  /** Shown in the navigation, and its screen opened, only for roles that can do this (vault/permissions.ts). */
  requires?: Capability;
};

export function featureHref(feature: FeatureDefinition): string {
  return `/${feature.path}`;
}
