import type { CustodyRecord } from '@shared/custody/projection/types';
import type { ValidationProblem } from '@shared/custody/validation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { useCurrentUser } from '../../vault/useCurrentUser';
import { ProblemList } from '../custody';
import { pendingChanges } from './fields/pending';
import { PendingItem } from './PendingItem';

/**
 * Voids and identity corrections waiting for a second user. The author sees that it waits;
 * another user who writes such entries sees a Confirm button.
 */
export function PendingSection({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canRegister = useCan('register.write');
  const canMedical = useCan('medical.write');
  const [problems, setProblems] = useState<readonly ValidationProblem[]>([]);
  const changes = pendingChanges(record);
  if (changes.length === 0) return null;
  return (
    <Section title={t('detainee.pending.title')} hint={t('detainee.pending.hint')}>
      <ProblemList problems={problems} />
      <ul className="detainee-pending">
        {changes.map((change) => (
          <PendingItem
            key={change.pending.eventId}
            record={record}
            change={change}
            isOwn={change.pending.authorId === user.id}
            canConfirm={change.capability === 'medical.write' ? canMedical : canRegister}
            onRefused={setProblems}
          />
        ))}
      </ul>
    </Section>
  );
}
