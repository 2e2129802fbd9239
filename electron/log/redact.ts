/**
 * Log lines can end up in bug reports and support chats, so values are scrubbed before
 * they are written: file paths reveal user names and case-file folder names, and long
 * strings may be register data that reached an error message.
 */
const MAX_VALUE_LENGTH = 120;
const POSIX_PATH = /(?:^|(?<=[\s"'=(]))\/[^\s"')]+/g;
const WINDOWS_PATH = /\b[A-Za-z]:[\\/][^\s"')]*/g;
const UNC_PATH = /\\\\[^\s"')]+/g;
const CONTROL_CHARACTERS = /\p{Cc}/gu;

export function redactValue(value: string): string {
  const scrubbed = value
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(UNC_PATH, '[path]')
    .replace(WINDOWS_PATH, '[path]')
    .replace(POSIX_PATH, '[path]');
  return scrubbed.length > MAX_VALUE_LENGTH ? `${scrubbed.slice(0, MAX_VALUE_LENGTH)}…` : scrubbed;
}
