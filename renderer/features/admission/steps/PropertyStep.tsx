import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { useRowSlot } from '../formContext';
import { KnownTextField } from '../fields/KnownTextField';
import { RepeatableGroup } from '../fields/RepeatableGroup';
import { TextInput } from '../fields/TextInput';
import type { StepProps } from './stepProps';

function ItemRow({ rowId, index }: { rowId: string; index: number }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const description = useRowSlot('property.inventory', rowId, 'description');
  const quantity = useRowSlot('property.inventory', rowId, 'quantity');
  const path = (part: string) => `property.inventory.${String(index)}.${part}`;
  return (
    <div className="admission-row-parts">
      <TextInput fieldId={path('description')} label={labels.field(path('description'))} slot={description} />
      <TextInput fieldId={path('quantity')} label={labels.field(path('quantity'))} slot={quantity} hint={t('admission.hint.quantity')} dir="ltr" />
    </div>
  );
}

/** What the person carried, item by item, with the receipt given and where it is kept (SMR 7(e), GC IV 97). */
export function PropertyStep({ headingRef }: StepProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <Section title={labels.section('property')} hint={t('admission.steps.propertyHint')} headingRef={headingRef}>
      <RepeatableGroup
        list="property.inventory"
        hint={t('admission.hint.inventory')}
        words={{
          row: (number) => t('admission.rows.item', { number }),
          add: t('admission.rows.addItem'),
          remove: (number) => t('admission.rows.removeItem', { number }),
          empty: t('admission.rows.noItems'),
        }}
        renderRow={(row, index) => <ItemRow rowId={row.id} index={index} />}
      />
      <KnownTextField fieldId="property.receiptNumber" dir="ltr" hint={t('admission.hint.receipt')} />
      <KnownTextField fieldId="property.storageLocation" />
    </Section>
  );
}
