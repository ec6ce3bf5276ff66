import type { ResponseOf } from '../utils/messages';

export type AccountInfo = NonNullable<ResponseOf<'getAccount'>['account']>;

/** What the options page needs from the browser; the entrypoint implements it, tests pass an in-memory one. */
export interface OptionsClient {
  getAccount(): Promise<AccountInfo | null>;
  /** Asks the user to let the extension reach the server. Must be called straight from a click. */
  requestServerAccess(serverUrl: string): Promise<boolean>;
  createAccount(input: { serverUrl: string; email: string; password: string; displayName: string }): Promise<AccountInfo>;
  signIn(input: { serverUrl: string; email: string; password: string }): Promise<AccountInfo>;
  signOut(): Promise<void>;
}
