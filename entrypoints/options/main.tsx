import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import type { OptionsClient } from '@/components/options-client';
import { DEFAULT_SERVER_URL } from '@/utils/settings';
import { parseResponse, type Message, type RequestType, type ResponseOf } from '@/utils/messages';
import '../sidepanel/style.css';

async function ask<T extends RequestType>(message: Message & { type: T }): Promise<ResponseOf<T>> {
  return parseResponse(message.type, await browser.runtime.sendMessage(message));
}

const client: OptionsClient = {
  getAccount: async () => (await ask({ type: 'getAccount' })).account,
  requestServerAccess: (serverUrl) => browser.permissions.request({ origins: [`${new URL(serverUrl).origin}/*`] }),
  createAccount: async (input) => (await ask({ type: 'createAccount', ...input })).account,
  signIn: async ({ serverUrl, email, password }) => (await ask({ type: 'signIn', serverUrl, email, password })).account,
  signOut: async () => void (await ask({ type: 'signOut' })),
};

render(<OptionsView client={client} defaultServerUrl={DEFAULT_SERVER_URL} />, document.getElementById('app')!);
