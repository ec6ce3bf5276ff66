import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import type { ImportCounts } from './library-client';

interface Props {
  /** Reads, checks and imports the file; rejects with a message the user can act on. */
  run: (file: File) => Promise<ImportCounts>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; counts: ImportCounts } | { kind: 'failed'; message: string };

export function ImportPanel({ run }: Props) {
  const t = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', counts: await run(file) });
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      // The same file may be chosen again after a fix, which must fire another change.
      input.value = '';
    }
  };
  return (
    <section class="library-import" aria-labelledby="library-import-heading">
      <h2 id="library-import-heading">{t('library.import')}</h2>
      <label>
        {t('library.importFile')}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={status.kind === 'busy'} onChange={(e) => void choose(e.currentTarget as HTMLInputElement)} />
      </label>
      <p class="hint">{t('library.importHint')}</p>
      <div role="status" aria-live="polite">
        {status.kind === 'busy' && <p>{t('library.importing')}</p>}
        {status.kind === 'done' && (
          <p class="library-import-counts">
            {t('library.imported', {
              pages: status.counts.added.pages,
              notes: status.counts.added.notes,
              updatedPages: status.counts.updated.pages,
              updatedNotes: status.counts.updated.notes,
              skippedNotes: status.counts.skipped.notes,
            })}
          </p>
        )}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
    </section>
  );
}
