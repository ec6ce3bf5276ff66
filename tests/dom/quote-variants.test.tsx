// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { PanelView } from '../../components/PanelView';
import { extractPage } from '../../utils/extract';
import type { TabState } from '../../utils/messages';
import type { TextAnchor } from '../../utils/schemas';
import { stubPanelClient } from './stub-panel-client';

afterEach(cleanup);

const SEED = resolve(import.meta.dirname, '../../../shared/fixtures/seed-page.html');
const URL = 'https://www.zakon.kz/politika/seed';
// The seed page as the CLI reads it: its headline's quote and the body quote it words differently.
const extraction = extractPage(parseHTML(readFileSync(SEED, 'utf8')).document, URL);
const headline = extraction.quotes.find((q) => q.kind === 'headline')!;
const body = extraction.quotes.find((q) => q.id === headline.variantOf)!;

function seedClient() {
  const revealed: TextAnchor[] = [];
  const state: TabState = { status: 'article', tabId: 7, url: URL, title: extraction.title, extraction, orphanNoteIds: [] };
  const client = stubPanelClient(async () => state, {
    reveal: async (_tabId, anchor) => {
      revealed.push(anchor);
      return true;
    },
  });
  return { client, revealed };
}

const cardOf = (quoteText: string) => screen.getByRole('button', { name: quoteText }).closest('li.quote') as HTMLElement;

describe('a quote worded differently in the headline, in the side panel', () => {
  it('is linked both ways on the seed page, with the word the headline added marked as such', async () => {
    expect(headline.text).toContain('должны быть ближе к народу');
    render(<PanelView client={seedClient().client} tabId={7} />);
    await screen.findByRole('button', { name: body.text });

    const bodyCard = cardOf(body.text);
    const toHeadline = within(bodyCard).getByRole('link', { name: 'Also worded in the headline as:' });
    const shown = toHeadline.nextElementSibling as HTMLElement;
    const added = shown.querySelector('ins')!;
    // Not by colour alone: an <ins> element, and words a screen reader says.
    expect(added.textContent).toBe('[only in the headline: должны]');
    expect(shown.querySelectorAll('ins, del')).toHaveLength(1);
    expect(shown.textContent).toBe('Работа полиции должна быть прозрачной, открытой, а сами они - [only in the headline: должны] быть ближе к народу …');

    const headlineCard = cardOf(headline.text);
    const toBody = within(headlineCard).getByRole('link', { name: "Also worded in the article's text as:" });
    const removed = (toBody.nextElementSibling as HTMLElement).querySelector('del')!;
    expect(removed.textContent).toBe('[only in the headline: должны]');
    // Quotes that are not worded twice show no link.
    const others = extraction.quotes.filter((q) => q.id !== headline.id && q.id !== body.id);
    for (const q of others) expect(within(cardOf(q.text)).queryByRole('link', { name: /Also worded/ })).toBeNull();
  });

  it('selects the other wording in the panel and shows it in the page when the link is clicked, even if a filter hid it', async () => {
    const { client, revealed } = seedClient();
    render(<PanelView client={client} tabId={7} />);
    await screen.findByRole('button', { name: body.text });
    fireEvent.change(screen.getByRole('combobox', { name: /Kind/ }), { target: { value: 'direct' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: headline.text })).toBeNull());

    fireEvent.click(within(cardOf(body.text)).getByRole('link', { name: /Also worded in the headline/ }));
    await waitFor(() => expect(document.activeElement).toBe(cardOf(headline.text)));
    expect(cardOf(headline.text).classList.contains('focused')).toBe(true);
    await waitFor(() => expect(revealed.map((a) => a.quote.exact)).toEqual([headline.anchor.quote.exact]));
  });

  it('speaks the reader’s language', async () => {
    render(
      <I18nProvider locale="ru">
        <PanelView client={seedClient().client} tabId={7} />
      </I18nProvider>,
    );
    await screen.findByRole('button', { name: body.text });
    const link = within(cardOf(body.text)).getByRole('link', { name: 'Другая формулировка в заголовке:' });
    expect(link.nextElementSibling!.querySelector('ins')!.textContent).toBe('[только в заголовке: должны]');
  });
});
