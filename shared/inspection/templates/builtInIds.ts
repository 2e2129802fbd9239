/** Ids of built-in templates start with this; imported templates may not use it. */
export const BUILT_IN_TEMPLATE_ID_PREFIX = 'habeas.';
/** Id of the default template. */
export const DEFAULT_TEMPLATE_ID = 'habeas.default';
