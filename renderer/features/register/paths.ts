/** The register's screens. Only paths travel in the address, never a name or a search. */
export const REGISTER_PATH = '/register';
export const NEEDS_ACTION_PATH = '/register/needs-action';
export const EXTRACT_PATH = '/register/extract';
