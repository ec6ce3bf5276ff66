// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendMessage } from '../../../components/library/message-client';
import { messageLibraryClient } from '../../../components/library/message-client';
import { LibraryView } from '../../../components/library/LibraryView';
import { StatementLensDb } from '../../../utils/db/database';
import { exportJson } from '../../../utils/export';
import type { Message } from '../../../utils/messages';
import { generateBundle } from '../../unit/export/generate';
import { freshName } from '../../unit/library/fixtures';
import { libraryBackground } from '../../unit/library/library-background';

/**
 * The library page's import over the real background and a real database (fake-indexeddb), through the same
 * message client the extension uses. Only the transport is ours: it can hold messages back, as a busy worker would,
 * so the test can click Cancel while the write is on its way.
 */

const dbs: StatementLensDb[] = [];
afterEach(() => {
  cleanup();
  dbs.splice(0).forEach((db) => db.close());
});

/** A transport that delivers in order, and while held queues what the page sends. */
function heldTransport(send: SendMessage) {
  let held = false;
  const queue: Array<{ message: Message; deliver: () => void }> = [];
  const answers: Array<{ type: string; answer: unknown }> = [];
  const transport: SendMessage = (message) => {
    const run = () => send(message).then((answer) => (answers.push({ type: message.type, answer }), answer));
    if (!held) return run();
    return new Promise((resolve, reject) => queue.push({ message, deliver: () => void run().then(resolve, reject) }));
  };
  return {
    transport,
    answers,
    queued: () => queue.map((q) => q.message.type),
    hold: () => void (held = true),
    release() {
      held = false;
      for (const { deliver } of queue.splice(0)) deliver();
    },
  };
}

async function setUp() {
  const db = new StatementLensDb(freshName('import-progress'));
  dbs.push(db);
  const held = generateBundle({ pages: 5, notes: 40, seed: 9 });
  const elsewhere = (url: string) => url.replace('news.example.kz', 'archive.example.kz');
  await db.pages.bulkPut(held.pages.map((p) => ({ ...p, url: elsewhere(p.url), updatedAt: p.savedAt })));
  await db.notes.bulkPut(held.notes.map((n) => ({ ...n, url: elsewhere(n.url) })));
  const { send } = libraryBackground(db);
  const wire = heldTransport(send);
  render(<LibraryView client={messageLibraryClient(wire.transport, () => undefined)} debounceMs={0} />);
  await screen.findByText(/entries from 5 articles/);
  const contents = async () => ({ pages: await db.pages.orderBy('url').toArray(), notes: await db.notes.orderBy('id').toArray() });
  return { db, wire, contents };
}

const file = new File([exportJson(generateBundle({ pages: 50, notes: 2_000, seed: 4 }))], 'statement-lens.json', { type: 'application/json' });

describe('importing a file in the library', () => {
  it('shows each stage with the counts, and Cancel during the write leaves the database as it was', async () => {
    const { wire, contents } = await setUp();
    const before = await contents();

    wire.hold();
    fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [file] } });
    await screen.findByText('Writing 50 articles and 2000 notes…');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveProperty('value', 2);
    expect(screen.getByLabelText('Import a file')).toHaveProperty('disabled', true);
    // The write has left the page: only the background can stop it now.
    await waitFor(() => expect(wire.queued()).toEqual(['libraryImport']));

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(wire.queued()).toEqual(['libraryImport', 'libraryImportCancel']);
    wire.release();

    await screen.findByText('Import cancelled. Nothing was changed.', undefined, { timeout: 10_000 });
    expect(wire.answers.find((a) => a.type === 'libraryImportCancel')?.answer).toEqual({ cancelling: true });
    expect(wire.answers.find((a) => a.type === 'libraryImport')?.answer).toEqual({ cancelled: true });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(await contents()).toEqual(before);
  });

  it('Cancel before the write sends nothing to the background', async () => {
    const { wire, contents } = await setUp();
    const before = await contents();
    fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('Import cancelled. Nothing was changed.');
    expect(wire.answers.map((a) => a.type)).not.toContain('libraryImport');
    expect(await contents()).toEqual(before);
  });

  it('without Cancel, the import finishes and the library shows the new articles', async () => {
    const { db } = await setUp();
    fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [file] } });
    await screen.findByText('Checking the file…');
    await screen.findByText(/^Imported: 50 new articles, 2000 new notes;/, undefined, { timeout: 10_000 });
    expect(await db.notes.count()).toBe(2_040);
    await screen.findByText(/entries from 55 articles/);
  });
});
