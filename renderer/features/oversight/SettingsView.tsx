import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/useDb';
import { useFormat } from '../../i18n/useFormat';
import type { TranslationKey } from '../../i18n/translationKey';
import { useUiStore } from '../../stores/uiStore';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { useFocusFirstError } from '../../ui/useFocusFirstError';
import { normaliseDigits } from '../custody';
import { saveOversightSettings } from './commands';
import { useOversightSettings } from './queries';
import type { OversightSettingId, OversightSettings } from './settings';
import { CLOCK_TOLERANCE_HOURS, OVERSIGHT_SETTING_IDS, parseSetting, SETTING_LIMITS } from './settings';

type Texts = Record<OversightSettingId, string>;

const LABEL_KEYS: Readonly<Record<OversightSettingId, TranslationKey>> = {
  windowHours: 'oversight.settings.windowHours',
  staleDays: 'oversight.settings.staleDays',
  backdatedHours: 'oversight.settings.backdatedHours',
};
const HINT_KEYS: Readonly<Record<OversightSettingId, TranslationKey>> = {
  windowHours: 'oversight.settings.windowHoursHint',
  staleDays: 'oversight.settings.staleDaysHint',
  backdatedHours: 'oversight.settings.backdatedHoursHint',
};

const textsOf = (settings: OversightSettings): Texts => ({ windowHours: String(settings.windowHours), staleDays: String(settings.staleDays), backdatedHours: String(settings.backdatedHours) });

/** The three numbers, or the fields that are not whole numbers within their limits. */
function validate(texts: Texts): { settings?: OversightSettings; invalid: readonly OversightSettingId[] } {
  const values = OVERSIGHT_SETTING_IDS.map((id) => [id, parseSetting(id, normaliseDigits(texts[id]))] as const);
  const invalid = values.filter(([, value]) => value === undefined).map(([id]) => id);
  if (invalid.length > 0) return { invalid };
  const settings = Object.fromEntries(values) as OversightSettings;
  return { settings, invalid };
}

function SettingsForm({ initial }: { initial: OversightSettings }) {
  const { t } = useTranslation();
  const format = useFormat();
  const db = useDb();
  const showToast = useUiStore((state) => state.showToast);
  const [texts, setTexts] = useState<Texts>(() => textsOf(initial));
  const [invalid, setInvalid] = useState<readonly OversightSettingId[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempts);
  const save = async () => {
    const checked = validate(texts);
    setInvalid(checked.invalid);
    setAttempts(attempts + 1);
    if (checked.settings === undefined) return;
    setIsSaving(true);
    try {
      await saveOversightSettings(db, checked.settings);
      showToast('success', 'oversight.settings.saved');
    } catch {
      showToast('error', 'oversight.settings.saveFailed');
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <form ref={formRef} className="oversight-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
      {OVERSIGHT_SETTING_IDS.map((id) => (
        <TextField
          key={id} label={t(LABEL_KEYS[id])} hint={t(HINT_KEYS[id])} inputMode="numeric" value={texts[id]}
          error={invalid.includes(id) ? t('oversight.settings.invalid', { min: format.number(SETTING_LIMITS[id].min), max: format.number(SETTING_LIMITS[id].max) }) : undefined}
          onValueChange={(value) => { setTexts({ ...texts, [id]: value }); }}
        />
      ))}
      <p className="oversight-muted">{t('oversight.settings.tolerance', { hours: format.number(CLOCK_TOLERANCE_HOURS) })}</p>
      <Button type="submit" variant="primary" isBusy={isSaving} busyLabel={t('oversight.settings.saving')}>{t('oversight.settings.save')}</Button>
    </form>
  );
}

/** How the checks judge: the transfer window, the staleness limit and the backdating limit; saved on this computer. */
export function SettingsView() {
  const stored = useOversightSettings();
  // A new form when the stored settings change (saved here or in another window).
  return <SettingsForm key={JSON.stringify(stored)} initial={stored} />;
}
