import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeIdentityCard } from '@shared/ledger/identity';
import { utf8Encode } from '@shared/util/bytes';
import { useCopyText } from '../../../app/useCopyText';
import { platform } from '../../../platform';
import { useUiStore } from '../../../stores/uiStore';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { Section } from '../../../ui/Section';
import { useMyCard } from '../queries';
import { TextArea } from '../../../ui/TextArea';
import { CardDetails } from './CardDetails';
import { CardQrCode } from './CardQrCode';

/** File name of a card: neutral (never the facility's name), with the start of the ledger id to tell cards apart. */
export function cardFileName(ledger: string): string {
  return `habeas-card-${ledger.slice(0, 8)}.habeas-card`;
}

/** This installation's identity card: to give to contacts as a file, as text or as a QR code. */
export function MyCardSection() {
  const { t } = useTranslation();
  const card = useMyCard();
  const showToast = useUiStore((state) => state.showToast);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, copy] = useCopyText(textRef);
  const [isQrShown, setQrShown] = useState(false);
  if (card === undefined) {
    return (
      <Section title={t('exchange.myCard.title')}>
        <Banner tone="warning" title={t('exchange.myCard.noFacility')} />
      </Section>
    );
  }
  const text = serializeIdentityCard(card);
  const save = async (): Promise<void> => {
    const saved = await platform.saveFile(utf8Encode(text), cardFileName(card.ledger), [{ name: t('exchange.card.fileType'), extensions: ['habeas-card'] }]);
    if (!saved.ok) showToast('error', 'exchange.myCard.saveFailed');
    else if (saved.value.status === 'saved') showToast('success', 'exchange.myCard.saved');
  };
  return (
    <Section title={t('exchange.myCard.title')} hint={t('exchange.myCard.hint')}>
      <CardDetails card={card} />
      <div className="button-row">
        <Button onClick={() => void save()}>{t('exchange.myCard.save')}</Button>
        <Button onClick={() => void copy(text)}>{t('exchange.myCard.copy')}</Button>
        <Button aria-expanded={isQrShown} onClick={() => { setQrShown(!isQrShown); }}>
          {isQrShown ? t('exchange.myCard.hideQr') : t('exchange.myCard.showQr')}
        </Button>
      </div>
      {copyStatus === 'copied' ? <p role="status">{t('exchange.myCard.copied')}</p> : null}
      {copyStatus === 'failed' ? <p role="status">{t('exchange.myCard.copyFailed')}</p> : null}
      {isQrShown ? <CardQrCode text={text} label={t('exchange.myCard.qrLabel', { facility: card.facility })} /> : null}
      <TextArea className="exchange-code" ref={textRef} label={t('exchange.myCard.text')} hint={t('exchange.myCard.textHint')} value={text} readOnly rows={4} dir="ltr" />
    </Section>
  );
}
