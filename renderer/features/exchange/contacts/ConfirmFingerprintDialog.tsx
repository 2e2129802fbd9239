import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import type { FingerprintMethod } from '@shared/exchange/eventTypes';
import { fingerprintGroups } from '@shared/ledger/identity';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { Dialog } from '../../../ui/Dialog';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useSession } from '../../../vault/useSession';
import { trustContact } from './commands';
import { useDialogCommand } from '../../../stores/useDialogCommand';

type ConfirmFingerprintDialogProps = { contact: ContactRecord; onClose: () => void };

/**
 * The step that makes a contact trusted: two people compare the card's fingerprint, group
 * by group, over a channel they already trust. A card that arrived by email or on a USB
 * stick could have been swapped on the way; the fingerprint read out by its owner cannot.
 */
export function ConfirmFingerprintDialog({ contact, onClose }: ConfirmFingerprintDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const command = useDialogCommand(onClose, 'exchange.failed');
  const [method, setMethod] = useState<FingerprintMethod>('phone');
  const [isMatched, setMatched] = useState(false);
  const [isTried, setTried] = useState(false);
  const [isMismatch, setMismatch] = useState(false);
  const { facility, fingerprint, ledger } = contact.card;
  const groups = fingerprintGroups(fingerprint).split(' ');
  const confirm = (): void => {
    setTried(true);
    if (isMatched) void command.run(() => trustContact(session, ledger, fingerprint, method), 'exchange.confirm.trusted');
  };
  const footer = <ConfirmButtons isBusy={command.isBusy} onMismatch={() => { setMismatch(true); }} onConfirm={confirm} />;
  return (
    <Dialog isOpen title={t('exchange.confirm.title', { facility })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      {isMismatch ? <Banner tone="error" title={t('exchange.confirm.mismatchTitle')}>{t('exchange.confirm.mismatchBody')}</Banner> : null}
      <ol className="confirm-steps">
        <li>{t('exchange.confirm.step1', { facility })}</li>
        <li>{t('exchange.confirm.step2')}</li>
        <li>{t('exchange.confirm.step3')}</li>
      </ol>
      <FingerprintGroupList groups={groups} />
      <RadioGroup<FingerprintMethod> legend={t('exchange.confirm.method')} options={methodOptions(t)} value={method} onValueChange={setMethod} />
      <Checkbox
        label={t('exchange.confirm.allMatch', { count: groups.length })}
        checked={isMatched}
        onCheckedChange={setMatched}
        error={isTried && !isMatched ? t('exchange.confirm.allMatchRequired') : undefined}
      />
    </Dialog>
  );
}

function ConfirmButtons({ isBusy, onMismatch, onConfirm }: { isBusy: boolean; onMismatch: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button variant="danger" onClick={onMismatch}>{t('exchange.confirm.mismatch')}</Button>
      <Button variant="primary" isBusy={isBusy} busyLabel={t('exchange.saving')} onClick={onConfirm}>
        {t('exchange.confirm.submit')}
      </Button>
    </>
  );
}

/** The groups, numbered, each read out digit by digit by screen readers. */
function FingerprintGroupList({ groups }: { groups: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ol className="fingerprint-groups" dir="ltr" aria-label={t('exchange.confirm.groupsLabel')}>
      {groups.map((group, index) => (
        <li key={index} aria-label={t('exchange.confirm.group', { number: index + 1, group: group.split('').join(' ') })}>
          <span className="fingerprint-group-number" aria-hidden="true">
            {index + 1}
          </span>
          <code>{group}</code>
        </li>
      ))}
    </ol>
  );
}

function methodOptions(t: TFunction): { value: FingerprintMethod; label: string }[] {
  return [
    { value: 'phone', label: t('exchange.confirm.methods.phone') },
    { value: 'in_person', label: t('exchange.confirm.methods.inPerson') },
    { value: 'video', label: t('exchange.confirm.methods.video') },
    { value: 'qr_code', label: t('exchange.confirm.methods.qrCode') },
  ];
}
