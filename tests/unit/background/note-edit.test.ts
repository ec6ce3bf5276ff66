import { describe, expect, it } from 'vitest';
import { applyNoteEdit, NoteEditConflict } from '../../../utils/background/note-edit';

const base = { text: 'проверить', tags: ['мвд', 'бюджет'] };

describe('an edit applied to the note as stored now', () => {
  it('applies only what the editor changed: tags added and removed, text when touched', () => {
    const stored = { text: 'проверить', tags: ['мвд', 'бюджет', 'добавлено-в-другой-вкладке'] };
    expect(applyNoteEdit(stored, base, { text: 'проверить', tags: ['мвд', 'новый'] })).toEqual({
      text: 'проверить',
      tags: ['мвд', 'добавлено-в-другой-вкладке', 'новый'],
    });
    expect(applyNoteEdit({ text: 'переписано там', tags: base.tags }, base, { text: 'проверить', tags: ['мвд'] })).toEqual({
      text: 'переписано там',
      tags: ['мвд'],
    });
    expect(applyNoteEdit(base, base, { text: 'новый текст', tags: base.tags })).toEqual({ text: 'новый текст', tags: base.tags });
  });

  it('refuses text rewritten both here and elsewhere, unless both wrote the same', () => {
    expect(() => applyNoteEdit({ text: 'там', tags: [] }, base, { text: 'здесь', tags: [] })).toThrow(NoteEditConflict);
    expect(applyNoteEdit({ text: 'одно и то же', tags: [] }, base, { text: 'одно и то же', tags: [] }).text).toBe('одно и то же');
  });
});
