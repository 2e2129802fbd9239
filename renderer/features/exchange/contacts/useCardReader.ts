import { useState } from 'react';
import type { IdentityCard } from '@shared/ledger/identity';
import { IDENTITY_CARD_MAX_CHARS } from '@shared/ledger/identity';
import { platform } from '../../../platform';
import { useSession } from '../../../vault/useSession';
import { useContacts } from '../queries';
import type { CardIssue } from './cardRules';
import { cardIssue, readCardText } from './cardRules';

/** Bytes read from a card file: a card is under 1 KB, so anything far larger is not one. */
const CARD_FILE_MAX_BYTES = IDENTITY_CARD_MAX_CHARS * 4;

/** Reading a card from pasted text or a file, and checking it can become a contact. */
export function useCardReader(fileTypeName: string) {
  const session = useSession();
  const contacts = useContacts();
  const [text, setText] = useState('');
  const [issue, setIssue] = useState<CardIssue | null>(null);
  const [card, setCard] = useState<IdentityCard | null>(null);
  const read = (value: string): void => {
    const parsed = readCardText(value);
    const found = parsed.ok ? cardIssue(parsed.value, session.ledgerId, contacts) : parsed.error;
    setIssue(found);
    setCard(parsed.ok && found === null ? parsed.value : null);
  };
  const editText = (value: string): void => {
    setText(value);
    setIssue(null);
    setCard(null);
  };
  const openFile = async (): Promise<void> => {
    const opened = await platform.openFiles([{ name: fileTypeName, extensions: ['habeas-card'] }], { maxBytes: CARD_FILE_MAX_BYTES });
    if (!opened.ok) {
      setIssue(opened.error.code === 'too-large' ? 'too-large' : 'not-canonical-json');
      return;
    }
    const file = opened.value.status === 'opened' ? opened.value.files[0] : undefined;
    if (file === undefined) return;
    const value = new TextDecoder('utf-8').decode(file.bytes);
    setText(value);
    read(value);
  };
  return { text, editText, issue, card, read: () => { read(text); }, openFile, reset: () => { editText(''); } };
}
