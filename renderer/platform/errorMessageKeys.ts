import type { TranslationKey } from '../i18n/translationKey';
import type { PlatformErrorCode } from './types';

/** What to tell the user for each platform error code. */
export const PLATFORM_ERROR_MESSAGE_KEYS = {
  'bad-sender': 'errors.platform.badSender',
  'bad-request': 'errors.platform.badRequest',
  'too-large': 'errors.platform.tooLarge',
  'io-error': 'errors.platform.ioError',
  internal: 'errors.platform.internal',
  unavailable: 'errors.platform.unavailable',
} as const satisfies Record<PlatformErrorCode, TranslationKey>;
