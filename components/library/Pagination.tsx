import { useT } from '../i18n';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onPage: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onPage }: Props) {
  const t = useT();
  if (total <= limit) return null;
  return (
    <nav class="library-pages" aria-label={t('library.pages')}>
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('library.previous')}
      </button>
      <span>{t('library.range', { first: offset + 1, last: Math.min(total, offset + limit), total })}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        {t('library.next')}
      </button>
    </nav>
  );
}
