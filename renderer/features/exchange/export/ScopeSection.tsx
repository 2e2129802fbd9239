import { useTranslation } from 'react-i18next';
import type { ExportScope } from '@shared/exchange/plan';
import { Checkbox } from '../../../ui/Checkbox';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Section } from '../../../ui/Section';
import type { useExportForm } from './useExportForm';

type ScopeSectionProps = { form: ReturnType<typeof useExportForm>; disabled: boolean };

/** What the bundle carries: what is new for these contacts (the default), or everything. */
export function ScopeSection({ form, disabled }: ScopeSectionProps) {
  const { t } = useTranslation();
  const isPassphrase = form.kind === 'passphrase';
  return (
    <Section title={t('exchange.export.what')}>
      <RadioGroup<ExportScope>
        legend={t('exchange.export.scope')}
        hint={isPassphrase ? t('exchange.export.scopePassphraseHint') : t('exchange.export.scopeHint')}
        options={[
          { value: 'new', label: t('exchange.export.scopeNew') },
          { value: 'everything', label: t('exchange.export.scopeEverything') },
        ]}
        value={isPassphrase ? 'everything' : form.scope}
        onValueChange={form.setScope}
        disabled={disabled || isPassphrase}
      />
      <Checkbox
        label={t('exchange.export.includeReceived')}
        hint={t('exchange.export.includeReceivedHint')}
        checked={form.includeReceived}
        onCheckedChange={form.setIncludeReceived}
        disabled={disabled}
      />
    </Section>
  );
}
