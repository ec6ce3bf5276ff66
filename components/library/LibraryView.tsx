import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportProgress, FormatId } from '../../utils/export';
import { libraryQuerySchema, type LibraryQuery } from '../../utils/protocol/library';
import type { TextAnchor } from '../../utils/schemas';
import { useT } from '../i18n';
import { StatusNotice } from '../StatusNotice';
import { ExportPanel, type ExportScope } from './ExportPanel';
import { importFile, type ImportFileOptions } from './import-file';
import { ImportPanel } from './ImportPanel';
import type { LibraryAnswer, LibraryClient } from './library-client';
import { LibraryFilters, type FilterValues } from './LibraryFilters';
import { LibraryResults } from './LibraryResults';
import { Pagination } from './Pagination';
import { SearchBox } from './SearchBox';
import { writeExport } from './transfer';

interface Props {
  client: LibraryClient;
  pageSize?: number;
  /** How long typing must pause before the search runs. */
  debounceMs?: number;
  now?: () => Date;
}

const DEFAULTS = libraryQuerySchema.parse({});
const NO_FILTERS: FilterValues = { speaker: null, outlet: null, kind: null, claimType: null, tag: null, from: null, to: null, sort: 'newest' };

/** The statement library's one connected view: it alone talks to the background, through `client`. */
export function LibraryView({ client, pageSize = 50, debounceMs = 250, now = () => new Date() }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [answer, setAnswer] = useState<LibraryAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearched(text), debounceMs);
    return () => clearTimeout(timer);
  }, [text, debounceMs]);

  useEffect(() => {
    // Answers can arrive out of order while the user types; only the last question's answer is shown.
    const asked = ++latest.current;
    const query: LibraryQuery = { ...DEFAULTS, ...filters, text: searched, offset, limit: pageSize };
    client.query(query).then(
      (next) => {
        if (asked !== latest.current) return;
        setAnswer(next);
        setError(null);
      },
      (e: unknown) => asked === latest.current && setError(e instanceof Error ? e.message : String(e)),
    );
  }, [client, searched, filters, offset, pageSize, generation]);

  const search = (next: string) => {
    setText(next);
    setOffset(0);
  };
  const filter = (next: FilterValues) => {
    setFilters(next);
    setOffset(0);
  };
  const open = (url: string, anchor: TextAnchor | null) => void client.openAt(url, anchor).catch((e: unknown) => setError(String(e)));

  const runExport = async (format: FormatId, scope: ExportScope, options: { onProgress: (p: ExportProgress) => void; signal: AbortSignal }) => {
    const urls = scope === 'selection' ? (answer?.urls ?? []) : null;
    // To say which articles a bundle could not hold, the page needs the list it asked for.
    const asked = urls ?? (await client.query({ ...DEFAULTS, limit: 1 })).urls;
    const file = await writeExport(await client.exportBundle(urls), format, asked, now(), options);
    client.download(file.filename, file.text, file.mimeType);
    return file;
  };

  const runImport = async (file: File, options: ImportFileOptions) => {
    const counts = await importFile(file, (bundle, signal) => client.importBundle(bundle, signal), options);
    setGeneration((g) => g + 1);
    return counts;
  };

  return (
    <main class="library">
      <header class="library-header">
        <h1>{t('library.title')}</h1>
        <SearchBox value={text} onInput={search} />
      </header>
      <div class="library-layout">
        <aside class="library-side">
          <LibraryFilters values={filters} facets={answer?.facets ?? { speakers: [], outlets: [], tags: [] }} onChange={filter} />
          <ExportPanel selectionArticles={answer?.urls.length ?? 0} run={runExport} />
          <ImportPanel run={runImport} />
        </aside>
        <section class="library-main" aria-labelledby="library-results-heading">
          <h2 id="library-results-heading" class="visually-hidden">
            {t('library.results')}
          </h2>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          {!answer && !error && <StatusNotice title={t('loading')} />}
          {answer && (
            <>
              <p role="status" class="library-count">
                {t('library.count', { count: answer.total, articles: answer.urls.length })}
              </p>
              {answer.total === 0 && <p class="hint">{answer.facets.speakers.length + answer.facets.outlets.length === 0 ? t('library.empty') : t('library.noMatch')}</p>}
              <LibraryResults entries={answer.entries} onOpen={open} />
              <Pagination offset={offset} limit={pageSize} total={answer.total} onPage={setOffset} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
