/**
 * Training mode: a separate, clearly marked database with a practice register of invented
 * people. main.tsx reads the mode before opening the database.
 */
import './training.css';

export { databaseNameFor, readAppMode, switchAppMode } from './appMode';
export type { AppMode } from './appMode';
export { AppModeContext, useAppMode } from './appModeContext';
export type { AppModeValue } from './appModeContext';
export { TrainingBanner } from './TrainingBanner';
export { TrainingEntry } from './TrainingEntry';
