import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor, type NoteDraft } from './NoteEditor';
import { useT } from './i18n';

interface Props {
  label: string;
  onSave: (draft: NoteDraft) => Promise<void>;
}

/** "Add note" that opens an editor in place, so a list of quotes stays short to scan. */
export function AddNote({ label, onSave }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // A closed editor (saved or cancelled) leaves the keyboard on the button that opened it, not on the page's start.
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!open) {
    return (
      // The accessible name starts with the visible words, so voice control ("click Add note") finds it too.
      <button ref={button} type="button" class="link add-note" onClick={() => setOpen(true)} aria-label={`${t('addNote')}: ${label}`}>
        {t('addNote')}
      </button>
    );
  }
  return (
    <NoteEditor
      label={label}
      onSave={async (draft) => {
        await onSave(draft);
        setOpen(false);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
