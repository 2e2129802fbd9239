/**
 * Series styles for the trend charts. Colours are the design tokens' (SVG attributes cannot
 * read CSS variables); each series also has its own dash pattern and marker, so lines stay
 * apart in greyscale print and for readers who do not see the colours.
 */
export const SERIES_STYLES = [
  { stroke: '#1d4f73', strokeDasharray: undefined, dot: { r: 5 } },
  { stroke: '#8a5a00', strokeDasharray: '6 4', dot: { r: 4 } },
  { stroke: '#1e6b34', strokeDasharray: '2 3', dot: { r: 3 } },
] as const;

export const TARGET_STROKE = '#a12a2a';

export const CHART_HEIGHT_PX = 280;
