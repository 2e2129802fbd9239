import { useTranslation } from 'react-i18next';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { platform, PLATFORM_ERROR_MESSAGE_KEYS } from '../../../platform';
import { useUiStore } from '../../../stores/uiStore';
import { Button } from '../../../ui/Button';

/** The default checklist as a file, the easiest start for a national or organisation checklist (it needs its own id). */
export function SaveExampleButton() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const save = async () => {
    const bytes = new TextEncoder().encode(`${JSON.stringify(DEFAULT_TEMPLATE, null, 2)}\n`);
    const saved = await platform.saveFile(bytes, 'habeas-default-checklist.json', [{ name: t('inspections.templates.fileType'), extensions: ['json'] }]);
    if (!saved.ok) showToast('error', PLATFORM_ERROR_MESSAGE_KEYS[saved.error.code]);
    else if (saved.value.status === 'saved') showToast('success', 'inspections.templates.exampleSaved');
  };
  return <Button onClick={() => void save()}>{t('inspections.templates.saveExample')}</Button>;
}
