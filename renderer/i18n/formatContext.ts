import { createContext } from 'react';
import type { FormatLocale } from './format';
import { deviceTimeZone } from './format';
import { FALLBACK_LANGUAGE } from './languages';

export type FormatSettings = FormatLocale & { timeZone: string };

/** The active formatting preferences; provided by the settings feature from stored preferences. */
export const FormatContext = createContext<FormatSettings>({
  language: FALLBACK_LANGUAGE,
  numbering: 'auto',
  timeZone: deviceTimeZone(),
});
