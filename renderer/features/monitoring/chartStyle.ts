/**
 * Colours of the monitoring charts, from the design tokens (SVG attributes cannot read CSS
 * variables). Lines also differ in dash pattern, and every chart has its figures in a
 * table beside it, so no series is carried by colour alone.
 */
export const CHART_HEIGHT_PX = 260;
export const AXIS_COLOUR = '#4a5260';
export const SERIES_COLOURS = ['#1d4f73', '#8a5a00', '#1e6b34', '#a12a2a'] as const;
export const SERIES_DASHES = ['', '8 4', '2 3', '12 4 2 4'] as const;
