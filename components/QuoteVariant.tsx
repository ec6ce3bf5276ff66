import { Fragment } from 'preact';
import { useMemo } from 'preact/hooks';
import type { MessageKey } from '../utils/i18n';
import type { Quote } from '../utils/schemas';
import { compareWordings } from '../utils/wording/variants';
import { useT } from './i18n';

interface Props {
  quote: Quote;
  /** The same statement worded differently elsewhere on the page. */
  other: Quote;
  onSelect: (other: Quote) => void;
}

function labels(quote: Quote, other: Quote): { link: MessageKey; mine: MessageKey; theirs: MessageKey } {
  if (other.kind === 'headline') return { link: 'variant.inHeadline', mine: 'variant.onlyArticle', theirs: 'variant.onlyHeadline' };
  if (quote.kind === 'headline') return { link: 'variant.inArticle', mine: 'variant.onlyHeadline', theirs: 'variant.onlyArticle' };
  return { link: 'variant.elsewhere', mine: 'variant.onlyHere', theirs: 'variant.onlyThere' };
}

/**
 * The other wording of a quote, with the words only one of them has marked: struck through (this quote's) or
 * underlined (the other's). Not by colour alone, and each change also says in words, for screen readers, which
 * wording it belongs to; a misquote is spotted here.
 */
export function QuoteVariant({ quote, other, onSelect }: Props) {
  const t = useT();
  const { link, mine, theirs } = labels(quote, other);
  const { parts, elidedBefore, elidedAfter } = useMemo(() => compareWordings(quote.text, other.text), [quote.text, other.text]);
  return (
    <div class="variant">
      <a
        class="link variant-link"
        href={`#quote-${other.id}`}
        onClick={(e) => {
          e.preventDefault();
          onSelect(other);
        }}
      >
        {t(link)}
      </a>
      <p class="variant-text">
        {elidedBefore && '… '}
        {parts.map((part, i) => {
          const space = i > 0 ? ' ' : '';
          if (part.kind === 'same') return space + part.text;
          const Mark = part.kind === 'added' ? 'ins' : 'del';
          return (
            <Fragment key={i}>
              {space}
              <Mark>
                <span class="visually-hidden">[{t(part.kind === 'added' ? theirs : mine)}: </span>
                {part.text}
                <span class="visually-hidden">]</span>
              </Mark>
            </Fragment>
          );
        })}
        {elidedAfter && ' …'}
      </p>
      <p class="variant-legend" aria-hidden="true">
        <ins>{t(theirs)}</ins> · <del>{t(mine)}</del>
      </p>
    </div>
  );
}
