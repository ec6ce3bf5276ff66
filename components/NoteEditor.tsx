import { useState } from 'preact/hooks';

interface Props {
  label: string;
  onSave: (text: string) => Promise<void>;
}

/** A note box: keeps the draft until the save succeeds, so a failed save loses nothing. */
export function NoteEditor({ label, onSave }: Props) {
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
        placeholder="Add a private note…"
        value={draft}
        onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        rows={2}
      />
      <button type="submit" disabled={saving || !draft.trim()}>
        Save note
      </button>
      {error && (
        <p class="error" role="alert">
          Could not save: {error}
        </p>
      )}
    </form>
  );
}
