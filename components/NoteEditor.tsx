import { useState } from 'preact/hooks';
import { useT } from './i18n';

interface Props {
  label: string;
  onSave: (text: string) => Promise<void>;
}

/** A note box: keeps the draft until the save succeeds, so a failed save loses nothing. */
export function NoteEditor({ label, onSave }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!draft.trim()) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(draft.trim());
      setDraft('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="note-editor" onSubmit={save}>
      <textarea
        aria-label={label}
        placeholder={t('notePlaceholder')}
        value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        rows={2}
      />
      <button type="submit" disabled={saving || !draft.trim()}>
        {t('saveNote')}
      </button>
      {error && (
        <p class="error" role="alert">
          {t('saveFailed', { error })}
        </p>
      )}
    </form>
  );
}
