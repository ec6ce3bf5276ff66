import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';
import { IMPORT_STAGES, type ImportFileOptions, type ImportProgress } from './import-file';
import type { ImportCounts } from './library-client';

interface Props {
  /** Reads, checks and imports the file; rejects with a message the user can act on, or an AbortError on Cancel. */
  run: (file: File, options: Required<ImportFileOptions>) => Promise<ImportCounts>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null }
  | { kind: 'done'; counts: ImportCounts }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const STAGE_TEXT: Record<ImportProgress['stage'], MessageKey> = {
  reading: 'library.importReading',
  checking: 'library.importChecking',
  writing: 'library.importWriting',
};

/** Import of a file into the library: the stage it is at, Cancel (nothing is written), then what changed. */
export function ImportPanel({ run }: Props) {
  const t = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'running', progress: null });
    try {
      const counts = await run(file, { signal: abort.signal, onProgress: (progress) => setStatus({ kind: 'running', progress }) });
      setStatus({ kind: 'done', counts });
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      controller.current = null;
      // The same file may be chosen again after a fix, which must fire another change.
      input.value = '';
    }
  };

  const running = status.kind === 'running';
  const progress = running ? status.progress : null;
  return (
    <section class="library-import" aria-labelledby="library-import-heading">
      <h2 id="library-import-heading">{t('library.import')}</h2>
      <div class="row">
        <label>
          {t('library.importFile')}
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={running} onChange={(e) => void choose(e.currentTarget as HTMLInputElement)} />
        </label>
        {running && (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        )}
      </div>
      <p class="hint">{t('library.importHint')}</p>
      {running && (
        <progress
          aria-label={t('library.importProgress')}
          max={IMPORT_STAGES.length}
          value={progress ? IMPORT_STAGES.indexOf(progress.stage) : undefined}
        />
      )}
      <div role="status" aria-live="polite">
        {progress && <p>{t(STAGE_TEXT[progress.stage], { pages: progress.pages ?? 0, notes: progress.notes ?? 0 })}</p>}
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
        {status.kind === 'cancelled' && <p>{t('library.importCancelled')}</p>}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
    </section>
  );
}
