import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { usePrintOutput } from './usePrintOutput';

type PrintButtonsProps = {
  /** Bare, neutral PDF file name (see usePrintOutput). */
  pdfName: string;
  /** Runs before either output, e.g. to draw a print-only view; the output waits for it. */
  prepare?: () => Promise<void>;
};

/** "Print" and, in the desktop app, "Save as PDF"; in a browser a hint says how to get a PDF from the print dialog. */
export function PrintButtons({ pdfName, prepare }: PrintButtonsProps) {
  const { t } = useTranslation();
  const output = usePrintOutput(pdfName);
  const run = async (produce: () => Promise<void>) => {
    await prepare?.();
    await produce();
  };
  return (
    <div className="button-row no-print">
      <Button onClick={() => void run(output.print)}>{t('printing.print')}</Button>
      {output.canSavePdf ? (
        <Button onClick={() => void run(output.savePdf)}>{t('printing.savePdf')}</Button>
      ) : (
        <p className="field-hint">{t('printing.browserPdfHint')}</p>
      )}
    </div>
  );
}
