/**
 * The site ships one stylesheet: the files in src/styles/ in name order, with the
 * configured accent colours set first. Comments and indentation are dropped.
 */
export function buildStylesheet(parts: string[], colours: { accentLight: string; accentDark: string }): string {
  const tokens = `:root{--accent-light:${colours.accentLight};--accent-dark:${colours.accentDark}}`;
  const css = parts
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n+/g, '\n')
    .trim();
  return `${tokens}\n${css}\n`;
}
