import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/i18n';
import { OptionsView } from '@/components/OptionsView';
import { useLocale } from '../shared/locale';
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

function App() {
  const [locale, preference, setPreference] = useLocale();
  return (
    <I18nProvider locale={locale}>
      <OptionsView client={client} defaultServerUrl={DEFAULT_SERVER_URL} localePreference={preference} onLocaleChange={setPreference} />
    </I18nProvider>
  );
}

render(<App />, document.getElementById('app')!);
