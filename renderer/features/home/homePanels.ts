/**
 * Panels other features add to the overview, in the order shown. Each panel decides for
 * itself whether the signed-in user's role may see it (and renders nothing if not), so a
 * feature joins the overview with one line here and nothing else in the home feature.
 */
import type { ComponentType } from 'react';
import { ActionsHomePanel } from '../inspections';

export type HomePanel = { id: string; Panel: ComponentType };

export const HOME_PANELS: readonly HomePanel[] = [{ id: 'corrective-actions', Panel: ActionsHomePanel }];
