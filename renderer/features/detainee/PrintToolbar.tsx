import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { usePrintOutput } from '../printing';
import { useDetaineeStore } from './detaineeStore';

/** A neutral file name: never the person's name, which file lists and backups would keep in plaintext. */
const PDF_NAME = 'custody-record';

type PrintToolbarProps = { recordId: string; isReady: boolean };

/**
 * Printing the record (the system dialog), or saving it as a PDF where the desktop app
 * can; in a browser a hint says how to get a PDF from the print dialog. The print view is
 * drawn just for the output, then taken away again.
 */
export function PrintToolbar({ recordId, isReady }: PrintToolbarProps) {
  const { t } = useTranslation();
  const output = usePrintOutput(PDF_NAME);
  const setPrinting = useDetaineeStore((state) => state.setPrinting);
  const run = async (produce: () => Promise<void>) => {
    // Drawn synchronously, so the dialog sees the print view.
    flushSync(() => {
      setPrinting(recordId);
    });
    try {
      await produce();
    } finally {
      setPrinting(null);
    }
  };
  return (
    <div className="button-row no-print detainee-toolbar">
      <Link to="/register" className="button button-secondary">
        {t('detainee.page.back')}
      </Link>
      <Button disabled={!isReady} onClick={() => void run(output.print)}>
        {t('detainee.print.button')}
      </Button>
      {output.canSavePdf ? (
        <Button disabled={!isReady} onClick={() => void run(output.savePdf)}>
          {t('detainee.print.savePdf')}
        </Button>
      ) : (
        <p className="field-hint">{t('detainee.print.pdfHint')}</p>
      )}
    </div>
  );
}
