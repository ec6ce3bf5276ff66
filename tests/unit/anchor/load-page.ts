import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { buildTextModel, type TextModel } from '../../../utils/anchor/text-model';

/** A saved page parsed by happy-dom (linkedom has no Range), scripts off, with its text model. */
export interface LoadedPage {
  document: Document;
  model: TextModel;
}

const newWindow = (): Window =>
  new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });

// Written into the window's own document: happy-dom's Range ignores documents made by DOMParser.
export function parsePage(html: string): LoadedPage {
  const window = newWindow();
  window.document.write(html);
  const document = window.document as unknown as Document;
  return { document, model: buildTextModel(document.body) };
}

let shared: Window | null = null;

export function readFixture(name: string): string {
  const path = name.startsWith('seed')
    ? fileURLToPath(new URL(`../../../../shared/fixtures/${name}`, import.meta.url))
    : fileURLToPath(new URL(`../../fixtures/anchor/${name}`, import.meta.url));
  return readFileSync(path, 'utf8');
}

/** A fragment of markup in a fresh document; the model covers the fragment's container. */
export function parseFragment(markup: string): LoadedPage & { container: HTMLElement } {
  shared ??= newWindow();
  const document = shared.document as unknown as Document;
  document.body.innerHTML = `<div id="root">${markup}</div>`;
  const container = document.getElementById('root')!;
  return { document, container, model: buildTextModel(container) };
}

/** Replaces one occurrence that must exist, so a fixture edit that stops matching fails loudly. */
export function mutate(html: string, find: string, replace: string): string {
  const at = html.indexOf(find);
  if (at < 0) throw new Error(`Fixture text not found: ${find.slice(0, 60)}`);
  return html.slice(0, at) + replace + html.slice(at + find.length);
}
