import type { LibraryQuery } from '../../utils/protocol/library';
import type { ClaimType, QuoteKind } from '../../utils/schemas';
import { useT } from '../i18n';

export type FilterValues = Pick<LibraryQuery, 'speaker' | 'outlet' | 'kind' | 'claimType' | 'tag' | 'from' | 'to' | 'sort'>;

interface Props {
  values: FilterValues;
  facets: { speakers: string[]; outlets: string[]; tags: string[] };
  onChange: (values: FilterValues) => void;
}

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'headline'];
const CLAIM_TYPES: readonly ClaimType[] = ['factual', 'action', 'commitment', 'directive', 'opinion'];

export function LibraryFilters({ values, facets, onChange }: Props) {
  const t = useT();
  const set = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) => onChange({ ...values, [key]: value });
  // The chosen value is taken from `options`, so a select can only ever set a value the filter accepts.
  const choice = <K extends 'speaker' | 'outlet' | 'tag' | 'kind' | 'claimType'>(label: string, key: K, options: Array<[NonNullable<FilterValues[K]>, string]>) => (
    <label>
      {label}
      <select
        value={values[key] ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          set(key, (options.find(([v]) => v === value)?.[0] ?? null) as FilterValues[K]);
        }}
      >
        <option value="">{t('all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (label: string, key: 'from' | 'to') => (
    <label>
      {label}
      <input type="date" value={values[key] ?? ''} onInput={(e) => set(key, (e.currentTarget as HTMLInputElement).value || null)} />
    </label>
  );
  return (
    <fieldset class="library-filters">
      <legend>{t('filters')}</legend>
      {choice(t('filterSpeaker'), 'speaker', facets.speakers.map((s) => [s, s]))}
      {choice(t('library.outlet'), 'outlet', facets.outlets.map((o) => [o, o]))}
      {choice(t('filterKind'), 'kind', KINDS.map((k) => [k, t(`kind.${k}`)]))}
      {choice(t('library.claimType'), 'claimType', CLAIM_TYPES.map((c) => [c, t(`claimType.${c}`)]))}
      {choice(t('filterTag'), 'tag', facets.tags.map((tag) => [tag, `#${tag}`]))}
      {date(t('library.from'), 'from')}
      {date(t('library.to'), 'to')}
      <label>
        {t('library.sort')}
        <select value={values.sort} onChange={(e) => set('sort', (e.currentTarget as HTMLSelectElement).value === 'oldest' ? 'oldest' : 'newest')}>
          <option value="newest">{t('library.newest')}</option>
          <option value="oldest">{t('library.oldest')}</option>
        </select>
      </label>
    </fieldset>
  );
}
