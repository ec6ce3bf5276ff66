import { useEffect, useState } from 'preact/hooks';
import { AccountForm, type AccountFormValues } from './AccountForm';
import type { AccountInfo, OptionsClient } from './options-client';
import { useT } from './i18n';
import { LOCALE_NAMES, isLocale, type Locale } from '../utils/i18n';

interface Props {
  client: OptionsClient;
  defaultServerUrl: string;
  /** The interface language the user chose, or null to follow the browser. */
  localePreference: Locale | null;
  onLocaleChange: (locale: Locale | null) => void;
}

/** The options page's connected view: the comment-server account. */
export function OptionsView({ client, defaultServerUrl, localePreference, onLocaleChange }: Props) {
  const t = useT();
  const [account, setAccount] = useState<AccountInfo | null | undefined>(undefined);
  const [mode, setMode] = useState<'sign-in' | 'create'>('sign-in');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void client.getAccount().then(setAccount, (e: unknown) => setError(String(e)));
  }, [client]);

  const submit = (values: AccountFormValues) => {
    // The permission prompt must open within the click, before anything is awaited.
    const access = client.requestServerAccess(values.serverUrl);
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        if (!(await access)) throw new Error(t('options.permissionNeeded'));
        setAccount(mode === 'create' ? await client.createAccount(values) : await client.signIn(values));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    })();
  };

  const signOut = async () => {
    setBusy(true);
    await client.signOut().catch(() => undefined);
    setAccount(null);
    setBusy(false);
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <label>
        {t('options.language')}{' '}
        <select
          value={localePreference ?? ''}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            onLocaleChange(isLocale(value) ? value : null);
          }}
        >
          <option value="">{t('options.languageAuto')}</option>
          {Object.entries(LOCALE_NAMES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('options.commentsHeading')}</h2>
        <p>{t('options.commentsIntro')}</p>
        {account === undefined && <p role="status">{t('loading')}</p>}
        {account && (
          <div role="status">
            <p>{t('options.signedInAs', { name: account.displayName, email: account.email, server: account.serverUrl })}</p>
            <button type="button" onClick={signOut} disabled={busy}>
              {t('options.signOut')}
            </button>
          </div>
        )}
        {account === null && (
          <>
            <div role="tablist" aria-label={t('options.account')}>
              <button type="button" role="tab" aria-selected={mode === 'sign-in'} onClick={() => setMode('sign-in')}>
                {t('options.signIn')}
              </button>
              <button type="button" role="tab" aria-selected={mode === 'create'} onClick={() => setMode('create')}>
                {t('options.createAccount')}
              </button>
            </div>
            <AccountForm key={mode} mode={mode} defaultServerUrl={defaultServerUrl} busy={busy} onSubmit={submit} />
          </>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}
