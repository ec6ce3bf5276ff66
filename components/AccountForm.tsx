import { useState } from 'preact/hooks';

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
        Comment server
        <input type="url" required {...field('serverUrl')} />
      </label>
      <label>
        Email
        <input type="email" required autoComplete="username" {...field('email')} />
      </label>
      <label>
        Password
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
          Display name
          <input type="text" required maxLength={100} {...field('displayName')} />
        </label>
      )}
      <button type="submit" disabled={busy}>
        {mode === 'create' ? 'Create account' : 'Sign in'}
      </button>
    </form>
  );
}
