import { initial } from './001-initial';
import type { Migration } from './migration';

/** Every migration, oldest first. A new one is a new file plus one line here. */
export const migrations: readonly Migration[] = [initial];

export type { Migration } from './migration';
