import { useState } from 'preact/hooks';
import { useT } from './i18n';

export interface AccountFormValues {
  serverUrl: string;
  email: string;
  password: string;
  displayName: string;
}

interface Props {
  mode: 'sign-in' | 'create';
  defaultServerUrl: string;
  busy: boolean;
  onSubmit: (values: AccountFormValues) => void;
}

/** Sign-in and account creation share one form; creating asks for a display name as well. */
export function AccountForm({ mode, defaultServerUrl, busy, onSubmit }: Props) {
  const t = useT();
  const [values, setValues] = useState<AccountFormValues>({ serverUrl: defaultServerUrl, email: '', password: '', displayName: '' });
  const field = (name: keyof AccountFormValues) => ({
    value: values[name],
    onInput: (e: Event) => setValues({ ...values, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <form
      class="account-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(values);
      }}
    >
      <label>
        {t('options.server')}
        <input type="url" required {...field('serverUrl')} />
      </label>
      <label>
        {t('options.email')}
        <input type="email" required autoComplete="username" {...field('email')} />
      </label>
      <label>
        {t('options.password')}
        <input
          type="password"
          required
          minLength={mode === 'create' ? 10 : 1}
          autoComplete={mode === 'create' ? 'new-password' : 'current-password'}
          {...field('password')}
        />
      </label>
      {mode === 'create' && (
        <label>
          {t('options.displayName')}
          <input type="text" required maxLength={100} {...field('displayName')} />
        </label>
      )}
      <button type="submit" disabled={busy}>
        {mode === 'create' ? t('options.createAccount') : t('options.signIn')}
      </button>
    </form>
  );
}
