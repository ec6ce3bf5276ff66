import type { QuoteKind } from '../utils/schemas';
import { useT } from './i18n';

export interface Filters {
  speaker: string;
  kind: QuoteKind | '';
  tag: string;
}

export const NO_FILTERS: Filters = { speaker: '', kind: '', tag: '' };

interface Props {
  filters: Filters;
  speakers: Array<{ key: string; name: string }>;
  tags: string[];
  onChange: (filters: Filters) => void;
}

export function FilterBar({ filters, speakers, tags, onChange }: Props) {
  const t = useT();
  const select = (label: string, value: string, options: Array<[string, string]>, key: keyof Filters) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange({ ...filters, [key]: (e.currentTarget as HTMLSelectElement).value })}>
        <option value="">{t('all')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="filters">
      <legend>{t('filters')}</legend>
      {select(t('filterSpeaker'), filters.speaker, speakers.map((s) => [s.key, s.name]), 'speaker')}
      {select(
        t('filterKind'),
        filters.kind,
        (['direct', 'indirect', 'headline'] as const).map((k) => [k, t(`kind.${k}`)]),
        'kind',
      )}
      {tags.length > 0 && select(t('filterTag'), filters.tag, tags.map((tag) => [tag, `#${tag}`]), 'tag')}
    </fieldset>
  );
}
