/** One schema change, written for both databases. Versions only grow; an applied migration is never edited. */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}
