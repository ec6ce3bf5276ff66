import { useT } from '../i18n';

interface Props {
  value: string;
  onInput: (text: string) => void;
}

/** The full-text box; the search runs as the user types (the view waits for a pause). */
export function SearchBox({ value, onInput }: Props) {
  const t = useT();
  return (
    <form role="search" class="library-search" onSubmit={(e) => e.preventDefault()}>
      <label for="library-search-input">{t('library.search')}</label>
      <input
        id="library-search-input"
        type="search"
        value={value}
        placeholder={t('library.searchPlaceholder')}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </form>
  );
}
