import { useEffect, useState } from 'preact/hooks';
import { AccountForm, type AccountFormValues } from './AccountForm';
import type { AccountInfo, OptionsClient } from './options-client';

interface Props {
  client: OptionsClient;
  defaultServerUrl: string;
}

/** The options page's connected view: the comment-server account. */
export function OptionsView({ client, defaultServerUrl }: Props) {
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
        if (!(await access)) throw new Error('Statement Lens needs your permission to reach the comment server.');
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
      <h1>Statement Lens</h1>
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">Public comments</h2>
        <p>
          Notes stay in this browser. Comments are public and go to a comment server, only while you are signed in;
          signed out, nothing leaves your browser.
        </p>
        {account === undefined && <p role="status">Loading…</p>}
        {account && (
          <div role="status">
            <p>
              Signed in as <strong>{account.displayName}</strong> ({account.email}) on {account.serverUrl}.
            </p>
            <button type="button" onClick={signOut} disabled={busy}>
              Sign out
            </button>
          </div>
        )}
        {account === null && (
          <>
            <div role="tablist" aria-label="Account">
              <button type="button" role="tab" aria-selected={mode === 'sign-in'} onClick={() => setMode('sign-in')}>
                Sign in
              </button>
              <button type="button" role="tab" aria-selected={mode === 'create'} onClick={() => setMode('create')}>
                Create account
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
