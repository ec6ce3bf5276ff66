import { useRef, useState } from 'preact/hooks';
import { formats, isFormatId, type ExportProgress, type FormatId } from '../../utils/export';
import { useT } from '../i18n';
import type { ExportedFile } from './transfer';

export type ExportScope = 'selection' | 'all';

interface Props {
  /** Articles in the current selection (the filtered results). */
  selectionArticles: number;
  run: (format: FormatId, scope: ExportScope, options: { onProgress: (p: ExportProgress) => void; signal: AbortSignal }) => Promise<ExportedFile>;
}

type Status = { kind: 'idle' } | { kind: 'running'; progress: ExportProgress | null } | { kind: 'done'; file: ExportedFile } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** Export of the selection or of everything, in any format of utils/export; progress, Cancel, then a download. */
export function ExportPanel({ selectionArticles, run }: Props) {
  const t = useT();
  const [format, setFormat] = useState<FormatId>('json');
  const [scope, setScope] = useState<ExportScope>('selection');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'running', progress: null });
    try {
      const file = await run(format, scope, { signal: abort.signal, onProgress: (progress) => setStatus({ kind: 'running', progress }) });
      setStatus({ kind: 'done', file });
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      controller.current = null;
    }
  };

  const running = status.kind === 'running';
  return (
    <section class="library-export" aria-labelledby="library-export-heading">
      <h2 id="library-export-heading">{t('library.export')}</h2>
      <fieldset disabled={running}>
        <legend>{t('library.exportWhat')}</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'selection'} onChange={() => setScope('selection')} />
          {t('library.exportSelection', { count: selectionArticles })}
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {t('library.exportAll')}
        </label>
      </fieldset>
      <div class="row">
        <label>
          {t('library.format')}
          <select value={format} disabled={running} onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            if (isFormatId(value)) setFormat(value);
          }}>
            {Object.entries(formats).map(([id, f]) => (
              <option key={id} value={id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => void start()} disabled={scope === 'selection' && selectionArticles === 0}>
            {t('library.exportButton')}
          </button>
        )}
      </div>
      {running && (
        <progress
          aria-label={t('library.exporting')}
          max={status.progress?.total || 1}
          value={status.progress ? status.progress.done : undefined}
        />
      )}
      <div role="status" aria-live="polite">
        {status.kind === 'done' && (
          <p>
            {t('library.exported', { file: status.file.filename, articles: status.file.articles, notes: status.file.notes })}
            {status.file.leftOut.length > 0 && ` ${t('library.leftOut', { count: status.file.leftOut.length })}`}
          </p>
        )}
        {status.kind === 'cancelled' && <p>{t('library.exportCancelled')}</p>}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" class="error">
          {status.message}
        </p>
      )}
    </section>
  );
}
