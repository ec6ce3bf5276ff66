import { useState } from 'preact/hooks';
import type { ResponseOf } from '../utils/messages';

export type CommentsState = ResponseOf<'listComments'>;
type PublicComment = CommentsState['comments'][number];
type OutboxItem = CommentsState['outbox'][number];

interface Props {
  signedIn: boolean;
  comments: PublicComment[];
  pending: OutboxItem[];
  onPost: (text: string) => Promise<void>;
  onSignIn: () => void;
}

const STATE_LABEL: Record<OutboxItem['state'], string> = {
  pending: 'waiting to send',
  sending: 'sending…',
  sent: 'sent',
  failed: 'not sent',
};

/** Public comments on one quote, with this browser's undelivered ones and their state. */
export function CommentThread({ signedIn, comments, pending, onPost, onSignIn }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!signedIn) {
    return (
      <p class="comments-signed-out">
        <button type="button" class="link" onClick={onSignIn}>
          Sign in
        </button>{' '}
        to read and write public comments. Signed out, nothing leaves your browser.
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
    <section class="comments" aria-label="Public comments">
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
              ({STATE_LABEL[item.state]}
              {item.lastError && item.state !== 'sent' ? `: ${item.lastError}` : ''})
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={post}>
        <textarea
          aria-label="Public comment"
          placeholder="Add a public comment…"
          rows={2}
          maxLength={10_000}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={!draft.trim()}>
          Post comment
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
