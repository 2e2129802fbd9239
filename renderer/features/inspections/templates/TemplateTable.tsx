import { useTranslation } from 'react-i18next';
import { templateItems } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useTemplateLanguage } from '../queries';
import type { TemplateChoice } from '../templateChoices';

export function TemplateTable({ choices }: { choices: readonly TemplateChoice[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const columns: TableColumn<TemplateChoice>[] = [
    { id: 'title', header: t('inspections.templates.titleLabel'), isRowHeader: true, cell: (choice) => choice.template.title[language] },
    { id: 'id', header: t('inspections.templates.idVersion'), cell: (choice) => <span dir="ltr">{`${choice.template.id} v${String(choice.template.version)}`}</span> },
    { id: 'items', header: t('inspections.templates.items'), align: 'end', cell: (choice) => format.number(templateItems(choice.template).length) },
    { id: 'origin', header: t('inspections.templates.origin'), cell: (choice) => t(choice.isBuiltIn ? 'inspections.templates.builtIn' : 'inspections.templates.importedOrigin') },
    { id: 'hash', header: t('inspections.templates.hash'), cell: (choice) => <span dir="ltr" className="template-ref">{choice.hash.slice(0, 16)}</span> },
  ];
  return <Table caption={t('inspections.templates.heldCaption')} columns={columns} rows={choices} rowKey={(choice) => choice.hash} emptyMessage={t('inspections.templates.none')} />;
}
