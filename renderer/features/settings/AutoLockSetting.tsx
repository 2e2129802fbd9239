import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/useDb';
import { useLiveQuery } from '../../db/useLiveQuery';
import { useFormat } from '../../i18n/useFormat';
import { useUiStore } from '../../stores/uiStore';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES, readAutoLockMinutes, saveAutoLockMinutes } from '../../vault/autoLockSetting';
import { useCan } from '../../vault/useCan';
import { parseAutoLockMinutes } from './autoLockForm';

/** How many idle minutes before Habeas locks itself; administrators change it, everyone sees it. */
export function AutoLockSetting() {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDb();
  const canChange = useCan('security.manage');
  const showToast = useUiStore((state) => state.showToast);
  const stored = useLiveQuery(useCallback(() => readAutoLockMinutes(db), [db]));
  const [typed, setTyped] = useState<string | null>(null);
  const [isErrorShown, setIsErrorShown] = useState(false);
  const current = stored.status === 'ready' ? String(stored.value) : '';
  const value = typed ?? current;
  const range = { min: format.number(AUTO_LOCK_MIN_MINUTES), max: format.number(AUTO_LOCK_MAX_MINUTES) };
  if (!canChange) return <p>{t('settings.autoLock.current', { count: Number(current) || 0, minutes: format.number(Number(current) || 0) })}</p>;
  const save = (): void => {
    const minutes = parseAutoLockMinutes(value);
    setIsErrorShown(minutes === undefined);
    if (minutes === undefined) return;
    saveAutoLockMinutes(db, minutes).then(
      () => { setTyped(null); showToast('success', 'settings.saved'); },
      () => { showToast('error', 'settings.saveFailed'); },
    );
  };
  return (
    <form noValidate className="inline-form" onSubmit={(event) => { event.preventDefault(); save(); }}>
      <TextField
        label={t('settings.autoLock.label')}
        hint={t('settings.autoLock.hint', range)}
        error={isErrorShown ? t('settings.autoLock.error', range) : undefined}
        inputMode="numeric"
        value={value}
        onValueChange={setTyped}
      />
      <Button type="submit">{t('settings.autoLock.save')}</Button>
    </form>
  );
}
