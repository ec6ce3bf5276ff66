import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TabState } from '../utils/messages';
import type { Claim, Note, Quote } from '../utils/schemas';
import { AddNote } from './AddNote';
import { CommentThread, type CommentsState } from './CommentThread';
import { FilterBar, NO_FILTERS, type Filters } from './FilterBar';
import type { NoteDraft } from './NoteEditor';
import { NoteList } from './NoteItem';
import { OrphanList } from './OrphanList';
import type { PanelClient } from './panel-client';
import { QuoteCard } from './QuoteCard';
import { SpeakerGroup } from './SpeakerGroup';
import { StatusNotice } from './StatusNotice';
import { UndoBar } from './UndoBar';
import { ExportMenu } from './ExportMenu';
import { downloadText, exportFileName } from './download';
import { formats, isFormatId } from '../utils/export';
import { validateBundle } from '../utils/export/bundle';
import { useT } from './i18n';
import { groupBySpeaker, sortNotes } from './quote-groups';
import { variantLinks } from '../utils/wording/variants';

interface Props {
  client: PanelClient;
  tabId: number;
}

type PageState = Extract<TabState, { status: 'article' | 'not-article' }>;

/** The side panel's one connected view: it alone talks to the background, through `client`. */
export function PanelView({ client, tabId }: Props) {
  const t = useT();
  const [state, setState] = useState<TabState | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [comments, setComments] = useState<CommentsState | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [focused, setFocused] = useState<string | null>(null);

  const shownUrl = useRef<string | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await client.getTabState(tabId);
      // Another page in the same tab (a link, a single-page site's next article): the last one's filters and
      // selection mean nothing there, and a speaker filter would hide every quote.
      const url = 'url' in next ? next.url : null;
      if (url !== shownUrl.current) {
        shownUrl.current = url;
        setFilters(NO_FILTERS);
        setFocused(null);
      }
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
    const offChange = client.onTabChanged((changed) => {
      if (changed === tabId) void load();
    });
    const offFocus = client.onFocusItem((changed, id) => {
      if (changed === tabId) setFocused(id);
    });
    return () => {
      offChange();
      offFocus();
    };
  }, [client, tabId, load]);

  const extraction = state?.status === 'article' ? state.extraction : null;
  const variants = useMemo(() => variantLinks(extraction?.quotes ?? []), [extraction]);
  const sorted = useMemo(() => sortNotes(notes, extraction, state && 'orphanNoteIds' in state ? state.orphanNoteIds : []), [notes, extraction, state]);

  // A click on a claim's underline in the page selects the quote the claim belongs to.
  const focusedQuoteId = focused ? (extraction?.claims.find((c) => c.id === focused)?.quoteId ?? focused) : null;

  // A click on a highlight in the page brings its card (the quote, or the note) into view.
  useEffect(() => {
    if (!focused) return;
    const quoteId = focusedQuoteId;
    const target = document.getElementById(`quote-${quoteId}`) ?? document.querySelector(`[data-note-id="${CSS.escape(focused)}"]`);
    if (target instanceof HTMLElement) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }, [focused, focusedQuoteId]);

  if (error) return <StatusNotice title={t('errorTitle')}>{error}</StatusNotice>;
  if (!state) return <StatusNotice title={t('loading')} />;
  if (state.status === 'unknown' || state.status === 'unsupported') {
    return <StatusNotice title={t('cannotRead')}>{t('cannotReadHint')}</StatusNotice>;
  }

  const page: PageState = state;
  const base = { tabId, speaker: null, quoteKind: null, claimType: null } as const;
  const addNote = async (target: { quote?: Quote; claim?: Claim } | null, draft: NoteDraft) => {
    const anchor = target?.claim?.anchor ?? target?.quote?.anchor ?? null;
    await client.saveNote({
      ...base,
      targetKind: target?.claim ? 'claim' : target?.quote ? 'quote' : 'article',
      anchor,
      speaker: target?.quote?.speaker ?? null,
      quoteKind: target?.quote?.kind ?? null,
      claimType: target?.claim?.type ?? null,
      text: draft.text,
      tags: draft.tags,
    });
    await load();
  };
  const editNote = async (note: Note, draft: NoteDraft) => {
    await client.saveNote({ ...note, tabId, id: note.id, text: draft.text, tags: draft.tags, base: { text: note.text, tags: note.tags } });
    await load();
  };
  const deleteNote = (note: Note) => {
    // The list is read again before Undo is offered, so the offer never shows beside the note it would bring back.
    void client
      .deleteNote(note.id)
      .then(() => load())
      .then(() => setDeleted(note));
  };
  const undo = () => {
    if (!deleted) return;
    void client.restoreNote(deleted).then(() => {
      setDeleted(null);
      return load();
    });
  };
  const exportAs = async (formatId: string) => {
    if (!isFormatId(formatId)) throw new Error(`unknown format ${formatId}`);
    const checked = validateBundle(await client.exportPage(tabId));
    if (!checked.ok) throw new Error(checked.error.message);
    const format = formats[formatId];
    const text = await format.exportAsync(checked.value);
    downloadText(text, exportFileName(page.url, format.extension, new Date()), format.mimeType);
  };
  const reveal = (anchorOwner: { anchor: Quote['anchor'] }) => void client.reveal(tabId, anchorOwner.anchor).catch(() => undefined);
  const tagged = (list: Note[]) => (filters.tag ? list.filter((n) => n.tags.includes(filters.tag)) : list);

  const groups = extraction ? groupBySpeaker(extraction) : [];
  const visibleGroups = groups
    .filter((g) => !filters.speaker || g.key === filters.speaker)
    .map((g) => ({
      ...g,
      quotes: g.quotes.filter(
        (q) => (!filters.kind || q.kind === filters.kind) && (!filters.tag || (sorted.byQuote.get(q.id) ?? []).some((n) => n.tags.includes(filters.tag))),
      ),
    }))
    .filter((g) => g.quotes.length > 0);
  const allTags = [...new Set(notes.flatMap((n) => n.tags))].sort();
  // The other wording is selected in the panel (shown even if the filters hid it) and flashed in the page.
  const selectVariant = (other: Quote) => {
    if (!visibleGroups.some((g) => g.quotes.some((q) => q.id === other.id))) setFilters(NO_FILTERS);
    setFocused(other.id);
    if (focused === other.id) document.getElementById(`quote-${other.id}`)?.focus();
    reveal(other);
  };

  return (
    <main class="panel">
      {deleted && <UndoBar onUndo={undo} />}
      <header>
        <h1 class="page-title">{page.title || page.url}</h1>
        {extraction && (
          <p class="summary">{t('summary', { quotes: extraction.quotes.length, speakers: extraction.speakers.length, claims: extraction.claims.length })}</p>
        )}
        <a class="library-link" href="/library.html" target="_blank" rel="noopener">
          {t('library.open')}
        </a>
        <ExportMenu choices={Object.entries(formats).map(([id, f]) => ({ id, label: f.label }))} onExport={exportAs} />
      </header>
      {page.status === 'not-article' && <StatusNotice title={t('notArticle')}>{t('notArticleHint')}</StatusNotice>}
      {extraction && (
        <FilterBar filters={filters} speakers={groups.map((g) => ({ key: g.key, name: g.key === '' ? t('unattributed') : g.name }))} tags={allTags} onChange={setFilters} />
      )}
      <section class="article-notes" aria-labelledby="article-notes-heading">
        <h2 id="article-notes-heading">{t('articleNotes')}</h2>
        <NoteList notes={tagged(sorted.article)} onSave={editNote} onDelete={deleteNote} />
        <AddNote label={t('articleNotePlaceholder')} onSave={(draft) => addNote(null, draft)} />
      </section>
      <OrphanList notes={tagged(sorted.orphans)} onEditNote={editNote} onDeleteNote={deleteNote} />
      {sorted.highlights.length > 0 && (
        <section class="highlights" aria-labelledby="highlights-heading">
          <h2 id="highlights-heading">{t('highlights')}</h2>
          <ul class="quotes">
            {tagged(sorted.highlights).map((note) => (
              <li key={note.id} class="quote highlight" data-note-id={note.id} tabIndex={-1}>
                {note.anchor && (
                  <button type="button" class="quote-text" onClick={() => reveal({ anchor: note.anchor! })} title={t('showInPage')}>
                    {note.anchor.quote.exact}
                  </button>
                )}
                <NoteList notes={[note]} onSave={editNote} onDelete={deleteNote} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {extraction && groups.length === 0 && <StatusNotice title={t('noQuotes')} />}
      {visibleGroups.map((group) => (
        <SpeakerGroup key={group.key} name={group.key === '' ? t('unattributed') : group.name} role={group.role} count={group.quotes.length}>
          {group.quotes.map((quote) => (
            <QuoteCard
              key={quote.id}
              quote={quote}
              claims={extraction!.claims.filter((c) => c.quoteId === quote.id)}
              notes={sorted.byQuote.get(quote.id) ?? []}
              claimNotes={sorted.byClaim}
              focused={focusedQuoteId === quote.id}
              onReveal={reveal}
              onAddNote={addNote}
              onEditNote={editNote}
              onDeleteNote={deleteNote}
              variant={variants.get(quote.id) ?? null}
              onSelectVariant={selectVariant}
            >
              {comments && (
                <CommentThread
                  signedIn={comments.signedIn}
                  comments={comments.comments.filter((c) => c.quote.exact === quote.anchor.quote.exact)}
                  pending={comments.outbox.filter((o) => o.quote.exact === quote.anchor.quote.exact)}
                  onPost={async (text) => {
                    await client.postComment(tabId, quote.anchor, text);
                    await load();
                  }}
                  onRetry={() => void client.retryComments().then(load)}
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
