import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface ExportChoice {
  id: string;
  label: string;
}

interface Props {
  choices: ExportChoice[];
  onExport: (formatId: string) => Promise<void>;
}

/** Exports the page's quotes and notes in a chosen format; the work and the download are the caller's. */
export function ExportMenu({ choices, onExport }: Props) {
  const t = useT();
  const [format, setFormat] = useState(choices[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onExport(format);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="export-menu row" onSubmit={run}>
      <label>
        {t('exportFormat')}{' '}
        <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value)}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('exportPage')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
