/** What a person chose to do with a contact (by its ledger id); each opens its dialog. */
export type ContactAction = { kind: 'confirm' | 'roles' | 'revoke'; ledger: string };
