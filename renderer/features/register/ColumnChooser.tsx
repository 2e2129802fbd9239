import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/useDb';
import { useUiStore } from '../../stores/uiStore';
import { Checkbox } from '../../ui/Checkbox';
import type { RegisterColumnId } from './columns';
import { OPTIONAL_COLUMNS, withColumn } from './columns';
import { COLUMN_LABEL_KEYS } from './columnLabels';
import { saveRegisterColumns } from './commands';
import { useRegisterStore } from './registerStore';

/** Which columns the list shows, remembered on this computer. The number and the name always show. */
export function ColumnChooser({ columns }: { columns: readonly RegisterColumnId[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const showToast = useUiStore((state) => state.showToast);
  const chooseColumns = useRegisterStore((state) => state.chooseColumns);
  const choose = async (column: RegisterColumnId, isShown: boolean) => {
    const next = withColumn(columns, column, isShown);
    chooseColumns(next);
    try {
      await saveRegisterColumns(db, next);
    } catch {
      showToast('error', 'register.columns.saveFailed');
    }
  };
  return (
    <details className="register-columns no-print">
      <summary className="register-columns-summary">{t('register.columns.chooser')}</summary>
      <fieldset className="register-columns-choices">
        <legend className="visually-hidden">{t('register.columns.chooserLegend')}</legend>
        {OPTIONAL_COLUMNS.map((column) => (
          <Checkbox
            key={column}
            label={t(COLUMN_LABEL_KEYS[column])}
            checked={columns.includes(column)}
            onCheckedChange={(isShown) => {
              void choose(column, isShown);
            }}
          />
        ))}
      </fieldset>
    </details>
  );
}
