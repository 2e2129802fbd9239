/** Addresses of person matching. Only record ids travel in the address, never a name. */
export const MATCHING_PATH = '/matching';

/** The combined history of the records linked to this one. */
export function linkedHref(recordId: string): string {
  return `${MATCHING_PATH}/person/${encodeURIComponent(recordId)}`;
}
