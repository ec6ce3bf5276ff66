import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { TabState } from '../utils/messages';
import type { Note, Quote } from '../utils/schemas';
import type { PanelClient } from './panel-client';
import { QuoteCard } from './QuoteCard';
import { SpeakerGroup } from './SpeakerGroup';
import { StatusNotice } from './StatusNotice';
import { CommentThread, type CommentsState } from './CommentThread';
import { anchorKey, groupBySpeaker, notesByQuote } from './quote-groups';
import { useT } from './i18n';

interface Props {
  client: PanelClient;
  tabId: number;
}

/** The side panel's one connected view: it alone talks to the background, through `client`. */
export function PanelView({ client, tabId }: Props) {
  const t = useT();
  const [state, setState] = useState<TabState | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [comments, setComments] = useState<CommentsState | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await client.getTabState(tabId);
      setState(next);
      setNotes(next.status === 'article' || next.status === 'not-article' ? await client.listNotes(next.url) : []);
      setError(null);
      if (next.status === 'article') setComments(await client.listComments(tabId));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [client, tabId]);

  useEffect(() => {
    void load();
    return client.onTabChanged((changed) => {
      if (changed === tabId) void load();
    });
  }, [client, tabId, load]);

  const groups = useMemo(() => (state?.status === 'article' ? groupBySpeaker(state.extraction) : []), [state]);
  const noteMap = useMemo(() => notesByQuote(notes), [notes]);

  const reveal = (quote: Quote) => void client.reveal(tabId, quote.anchor).catch(() => undefined);
  const saveNote = async (quote: Quote, text: string) => {
    await client.saveNote({
      tabId,
      targetKind: 'quote',
      anchor: quote.anchor,
      speaker: quote.speaker,
      quoteKind: quote.kind,
      claimType: null,
      text,
      tags: [],
    });
    await load();
  };

  const postComment = async (quote: Quote, text: string) => {
    await client.postComment(tabId, quote.anchor, text);
    await load();
  };

  if (error) return <StatusNotice title={t('errorTitle')}>{error}</StatusNotice>;
  if (!state) return <StatusNotice title={t('loading')} />;
  if (state.status === 'unknown' || state.status === 'unsupported') {
    return <StatusNotice title={t('cannotRead')}>{t('cannotReadHint')}</StatusNotice>;
  }
  if (state.status === 'not-article') {
    return (
      <StatusNotice title={t('notArticle')}>{t('notArticleHint')}</StatusNotice>
    );
  }

  const { extraction } = state;
  return (
    <main class="panel">
      <header>
        <h1 class="page-title">{state.title}</h1>
        <p class="summary">
          {t('summary', { quotes: extraction.quotes.length, speakers: extraction.speakers.length, claims: extraction.claims.length })}
        </p>
      </header>
      {groups.length === 0 && <StatusNotice title={t('noQuotes')} />}
      {groups.map((group) => (
        <SpeakerGroup key={group.key} name={group.key === '' ? t('unattributed') : group.name} role={group.role} count={group.quotes.length}>
          {group.quotes.map((quote) => (
            <QuoteCard
              key={quote.id}
              quote={quote}
              claims={extraction.claims.filter((c) => c.quoteId === quote.id)}
              notes={noteMap.get(anchorKey(quote.anchor) ?? '') ?? []}
              onReveal={reveal}
              onSaveNote={saveNote}
            >
              {comments && (
                <CommentThread
                  signedIn={comments.signedIn}
                  comments={comments.comments.filter((c) => c.quote.exact === quote.anchor.quote.exact)}
                  pending={comments.outbox.filter((o) => o.quote.exact === quote.anchor.quote.exact)}
                  onPost={(text) => postComment(quote, text)}
                  onSignIn={() => client.openOptions()}
                />
              )}
            </QuoteCard>
          ))}
        </SpeakerGroup>
      ))}
    </main>
  );
}
