/** First-run setup: the wizard, and the recovery code shown at its end. */
export { RecoveryCodeScreen } from './RecoveryCodeScreen';
export { SetupWizard } from './SetupWizard';
