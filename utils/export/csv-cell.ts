/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and strip a leading tab or CR before
 * looking), so a quote like `=HYPERLINK("http://evil", "click")` would become a live link or worse when a colleague
 * opens the CSV. Prefixing `'` makes Excel, LibreOffice and Google Sheets show the cell as text. This also catches
 * Russian dialogue quotes that begin with a hyphen-minus ("- Мы не согласны"): shown with a leading `'`, they are
 * still safe; a formula-free CSV matters more than that cosmetic prefix.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling the quotes inside. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: string): string {
  return quoteField(neutralizeFormula(value));
}

/** Records end with CRLF, as RFC 4180 specifies and Excel expects. */
export function csvRow(values: readonly string[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
