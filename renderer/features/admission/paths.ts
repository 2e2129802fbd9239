/** Where the admission form lives, for links from the register ("Admit a person"). */
export const ADMISSION_PATH = '/register/admit';
