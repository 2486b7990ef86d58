/**
 * Text measurement at build time, without a browser. The charts set their text in the
 * site's body stack (system-ui first). Which face that resolves to depends on the
 * reader's system, so the table holds, per character, the WIDEST advance among the faces
 * that stack meets on common systems and that were measured in Chromium: DejaVu Sans
 * (Linux system-ui), Liberation Sans (metric-compatible with Arial and close to Helvetica,
 * Segoe UI and Roboto). Wider-than-real estimates cost a little space; narrower ones
 * would cost overlaps and clipping, so we err wide. Units: 1/100 em.
 * Regenerate with tools/measure-fonts.mjs.
 */
const chars =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~‘’“”–—…·é';
const regular = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78, 75, 29, 50, 67, 56, 86, 75, 79, 67, 79, 72, 67, 61, 73, 68, 99, 69, 67,
  69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84, 32, 32, 52, 52, 56, 100, 100, 32, 62,
];
const bold = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 61, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 56, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 56, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84, 38, 38, 66, 66, 56, 100, 100, 38, 68,
];

const tables = { 400: new Map<string, number>(), 700: new Map<string, number>() };
[...chars].forEach((c, i) => {
  tables[400].set(c, regular[i]!);
  tables[700].set(c, bold[i]!);
});
/** Characters outside the table (other scripts) count as a wide letter. */
const fallback = { 400: 80, 700: 90 };

/** Width in px of a single line of text at a font size in px. */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  let units = 0;
  for (const c of text) units += tables[weight].get(c) ?? fallback[weight];
  return (units * size) / 100;
}

/**
 * Splits text into lines no wider than maxWidth (at whole words; a word longer than a line
 * breaks after its hyphens if it has any, as "интернет-стандартов" must in a narrow box,
 * else stands alone on its line). Wrapping, not squeezing: every line keeps the one type size.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: 400 | 700 = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = word.includes('-') && textWidth(word, size, weight) > maxWidth ? word.split(/(?<=-)(?=.)/) : [word];
    parts.forEach((part, i) => {
      // The parts of one hyphenated word join without a space.
      const next = line ? `${line}${i === 0 ? ' ' : ''}${part}` : part;
      if (line && textWidth(next, size, weight) > maxWidth) {
        lines.push(line);
        line = part;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
}
