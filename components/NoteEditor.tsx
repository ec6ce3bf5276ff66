import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from './i18n';

export interface NoteDraft {
  text: string;
  tags: string[];
}

interface Props {
  label: string;
  placeholder?: string;
  initial?: NoteDraft;
  /** A hand-made highlight may keep an empty note; anything else needs text. */
  allowEmpty?: boolean;
  onSave: (draft: NoteDraft) => Promise<void>;
  onCancel?: () => void;
}

export function parseTags(raw: string): string[] {
  return [...new Set(raw.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** A note box with tags: keeps the draft until the save succeeds, so a failed save loses nothing. */
export function NoteEditor({ label, placeholder, initial, allowEmpty = false, onSave, onCancel }: Props) {
  const t = useT();
  const [text, setText] = useState(initial?.text ?? '');
  const [tags, setTags] = useState((initial?.tags ?? []).join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const empty = !text.trim() && !allowEmpty;
  const box = useRef<HTMLTextAreaElement>(null);
  // An editor opens because the user asked for it (Add note, Edit): typing goes there at once, by keyboard too.
  useEffect(() => box.current?.focus(), []);

  const save = async (event: Event) => {
    event.preventDefault();
    if (empty) return;
    setSaving(true);
    setError(null);
    try {
      await onSave({ text: text.trim(), tags: parseTags(tags) });
      if (!initial) {
        setText('');
        setTags('');
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="note-editor" onSubmit={save}>
      <textarea
        ref={box}
        aria-label={label}
        placeholder={placeholder ?? t('notePlaceholder')}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
          if (e.key === 'Escape') onCancel?.();
        }}
        rows={2}
      />
      <input
        type="text"
        class="tags-input"
        aria-label={t('tagsLabel')}
        placeholder={t('tagsLabel')}
        value={tags}
        onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="row">
        <button type="submit" disabled={saving || empty}>
          {t('saveNote')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {t('saveFailed', { error })}
        </p>
      )}
    </form>
  );
}
