/**
 * Log lines can end up in bug reports and support chats, so values are scrubbed before
 * they are written: file paths reveal user names and case-file folder names, and long
 * strings may be register data that reached an error message.
 *
 * A path is taken to run to the next quote or bracket, not the next space, because
 * folder and file names often contain spaces ("My Cases/detainee 4411.habeas");
 * redacting a few words too many is the safe side. A slash after a word character
 * (`a/b`, `text/html`) does not start one; after anything else (`file:///`, `~/`) it does.
 */
const MAX_VALUE_LENGTH = 120;
const POSIX_PATH = /(?<!\w)\/[^"'()]*/g;
const WINDOWS_PATH = /\b[A-Za-z]:[\\/][^"'()]*/g;
const UNC_PATH = /\\\\[^"'()]*/g;
/** Control, format (bidi, zero-width) and line/paragraph separators could forge or hide log lines. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

export function redactValue(value: string): string {
  const scrubbed = value
    .replace(INVISIBLE_OR_CONTROL, ' ')
    .replace(UNC_PATH, '[path]')
    .replace(POSIX_PATH, '[path]')
    .replace(WINDOWS_PATH, '[path]');
  return scrubbed.length > MAX_VALUE_LENGTH ? `${scrubbed.slice(0, MAX_VALUE_LENGTH)}…` : scrubbed;
}
