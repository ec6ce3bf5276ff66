const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The same instant in UTC with a "Z", keeping every fractional digit. The Web Annotation model requires created and
 * modified in UTC ("Z"); going through Date alone would cut microseconds to milliseconds.
 */
export function toUtcZ(iso: string): string {
  const match = ISO.exec(iso);
  if (!match) return new Date(iso).toISOString();
  const [, base, fraction = '', zone] = match;
  const offset = zone!.length === 5 ? `${zone!.slice(0, 3)}:${zone!.slice(3)}` : zone!;
  const seconds = new Date(`${base}${offset}`).toISOString().slice(0, 19);
  return `${seconds}${fraction}Z`;
}

/** Milliseconds since the epoch, for ordering two timestamps that may be written in different time zones. */
export function instant(iso: string): number {
  return Date.parse(iso);
}
