/** Population and statistics of the register (Mandela Rule 10; issue P3 item 6). */
import type { FeatureDefinition } from '../../app/feature';
import { PopulationScreen } from './PopulationScreen';
import './population.css';

export const populationFeature: FeatureDefinition = {
  id: 'population',
  path: 'population',
  navLabelKey: 'population.nav',
  Screen: PopulationScreen,
  requires: 'register.read',
};
