import { useState } from 'preact/hooks';
import type { ResponseOf } from '../utils/messages';
import { useT } from './i18n';

export type CommentsState = ResponseOf<'listComments'>;
type PublicComment = CommentsState['comments'][number];
type OutboxItem = CommentsState['outbox'][number];

interface Props {
  signedIn: boolean;
  comments: PublicComment[];
  pending: OutboxItem[];
  onPost: (text: string) => Promise<void>;
  onRetry: () => void;
  onSignIn: () => void;
}

/** Public comments on one quote, with this browser's undelivered ones and their state. */
export function CommentThread({ signedIn, comments, pending, onPost, onRetry, onSignIn }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!signedIn) {
    return (
      <p class="comments-signed-out">
        <button type="button" class="link" onClick={onSignIn}>
          {t('signInToComment')}
        </button>{' '}
        {t('signInToCommentHint')}
      </p>
    );
  }
  const delivered = new Set(comments.map((c) => c.id));
  const waiting = pending.filter((item) => !delivered.has(item.id));
  const post = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await onPost(draft.trim());
      setDraft('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="comments" aria-label={t('publicComments')}>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id} class="comment">
            <strong>{comment.author.displayName}</strong> {comment.text}
          </li>
        ))}
        {waiting.map((item) => (
          <li key={item.id} class={`comment comment-${item.state}`}>
            <strong>{item.authorName}</strong> {item.text}{' '}
            <span class="comment-state" role="status">
              ({t(`commentState.${item.state}`)}
              {item.lastError && item.state !== 'sent' ? `: ${item.lastError}` : ''})
            </span>
            {(item.state === 'pending' || item.state === 'failed') && (
              <button type="button" class="link" onClick={onRetry}>
                {t('retryNow')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={post}>
        <textarea
          aria-label={t('publicComment')}
          placeholder={t('commentPlaceholder')}
          rows={2}
          maxLength={10_000}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          {t('postComment')}
        </button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
