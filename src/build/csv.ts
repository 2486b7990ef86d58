/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break. */
export function toCsv(columns: string[], rows: (string | number)[][]): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
