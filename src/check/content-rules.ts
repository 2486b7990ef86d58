/**
 * Personal data in prose: flagged for a human to confirm, never refused, because a public
 * contact address can be exactly what a page is for. (What is refused, because it runs code,
 * embeds another site or leaks a reader's visit, is the content gate's job: markdown-gate.ts.)
 */
import { maskCode } from '../citations/citations.ts';
import { lineAt } from '../loading/frontmatter.ts';
import type { Problem } from './problems.ts';

const rules = [
  {
    pattern: /[\w.+-]+@[\w-]+\.[\w.-]+\b/g,
    message: (m: RegExpExecArray) =>
      `"${m[0]}" looks like an e-mail address; confirm the person agreed to publish it, or remove it`,
  },
  {
    pattern: /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g,
    message: (m: RegExpExecArray) =>
      `"${m[0].trim()}" looks like a phone number; confirm it may be published, or remove it`,
  },
];

/** Warnings about personal data in an entry's body; `bodyLine` is the file line where the body starts. */
export function personalDataProblems(file: string, body: string, bodyLine: number): Problem[] {
  const text = maskCode(body);
  const problems: Problem[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      if (/^\[?@/.test(text.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
      problems.push({
        file,
        line: bodyLine + lineAt(text, m.index) - 1,
        field: 'personal data',
        message: rule.message(m as RegExpExecArray),
        severity: 'warning',
      });
    }
  }
  return problems;
}

/** The ids Astro gives the headings of a Markdown body (lowercased, punctuation dropped, spaces to hyphens). */
export function headingIds(body: string): Set<string> {
  const ids = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of maskCode(body).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .replace(/\s/g, '-');
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    ids.add(n ? `${base}-${n}` : base);
  }
  return ids;
}
