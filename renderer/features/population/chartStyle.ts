/**
 * Colours of the population charts, from the design tokens (SVG attributes cannot read CSS
 * variables). Stacked series also differ in lightness, and every chart has its figures in
 * a table beside it, so no figure is carried by colour alone.
 */
import type { FlowKind } from '@shared/custody/population';

export const CHART_HEIGHT_PX = 260;
/** Room for category names on a horizontal bar chart; Arabic names run long. */
export const LABEL_WIDTH_PX = 300;

export const FLOW_COLOURS: Readonly<Record<FlowKind, string>> = {
  admissions: '#1d4f73',
  transfersIn: '#6f9cc0',
  releases: '#1e6b34',
  transfersOut: '#8a5a00',
  deaths: '#1f2328',
  escapes: '#a12a2a',
};

export const HELD_COLOUR = '#1d4f73';
export const CAPACITY_COLOUR = '#a12a2a';
export const CATEGORY_COLOUR = '#1d4f73';
export const ONGOING_COLOUR = '#1d4f73';
export const ENDED_COLOUR = '#8a5a00';
export const AXIS_COLOUR = '#4a5260';
