/** Getting into the app: the lock screen, recovery, and the checks and fields of a new passphrase. */
export { KeysMissingScreen } from './KeysMissingScreen';
export { LockingScreen } from './LockingScreen';
export { LockScreen } from './LockScreen';
export { NewPassphraseScreen } from './NewPassphraseScreen';
export { EMPTY_PASSPHRASE_VALUES, PassphraseFields } from './PassphraseFields';
export type { PassphraseValues } from './PassphraseFields';
export { hasPassphraseErrors, validateNewPassphrase } from './passphraseRules';
export type { NewPassphraseErrors } from './passphraseRules';
export { StorageUnavailableScreen } from './StorageUnavailableScreen';
export { WriterBusyScreen } from './WriterBusyScreen';
