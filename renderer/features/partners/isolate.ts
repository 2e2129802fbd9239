/**
 * A name or text typed by someone, isolated for display inside a sentence in another
 * direction (a Latin name in an Arabic sentence): first-strong isolate … pop directional
 * isolate, so the text keeps its own direction and the punctuation around it stays put.
 * Only ever used for display: stored text refuses these characters (envelope.ts).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
