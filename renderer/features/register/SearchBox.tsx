import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { useRegisterStore } from './registerStore';

/** Focuses the row Tab would reach in the list below, so Down from the search box goes straight to the results. */
function focusFirstRow(): boolean {
  const link = document.querySelector<HTMLAnchorElement>('.register-row-link[tabindex="0"]');
  link?.focus();
  return link !== null;
}

/** Search as you type, in any script; the list follows without blocking the typing. */
export function SearchBox() {
  const { t } = useTranslation();
  const query = useRegisterStore((state) => state.query);
  const setQuery = useRegisterStore((state) => state.setQuery);
  return (
    <div className="register-search">
      <TextField
        label={t('register.search.label')}
        hint={t('register.search.hint')}
        type="search"
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onValueChange={setQuery}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && focusFirstRow()) event.preventDefault();
        }}
      />
    </div>
  );
}
