/**
 * Rules for the prose of content files. MDX can run code and a pull request can come
 * from anyone, so anything that executes, embeds another site, hides text or leaks a
 * reader's visit is refused; personal data is flagged for a human to confirm.
 */
import { maskCode } from '../citations/citations.ts';
import { lineAt } from '../loading/frontmatter.ts';
import type { Problem } from './problems.ts';

/** Module specifiers content may import from: the site's own components for MDX. */
export const allowedImports = ['@counterpoint/components'];

interface Rule {
  field: string;
  pattern: RegExp;
  message: (match: RegExpExecArray) => string;
  severity?: 'error' | 'warning';
}

const hidingStyle =
  /(display\s*:\s*['"]?none|visibility\s*:\s*['"]?hidden|font-?size\s*:\s*['"]?0(?![.\d])|opacity\s*:\s*['"]?0(?![.\d1-9])|color\s*:\s*['"]?transparent|clip\s*:|text-indent\s*:\s*-)/i;

const rules: Rule[] = [
  {
    field: 'script',
    pattern: /<script\b/gi,
    message: () =>
      "a <script> element would run code on readers' devices; remove it (charts and widgets come from the site's own components)",
  },
  {
    field: 'embed',
    pattern: /<(iframe|object|embed)\b/gi,
    message: (m) =>
      `an <${m[1]!.toLowerCase()}> loads another site into the page and can track readers; remove it and link to the page instead`,
  },
  {
    field: 'event handler',
    pattern: /<[a-z][^>]*\s(on[a-z]+)\s*=/gi,
    message: (m) => `the ${m[1]} attribute runs code; remove it`,
  },
  {
    field: 'link',
    pattern: /(?:\]\(\s*|href\s*=\s*["'{]?\s*)(javascript|data|vbscript):/gi,
    message: (m) => `a ${m[1]!.toLowerCase()}: link runs code or smuggles data; link to an https:// page instead`,
  },
  {
    field: 'link',
    pattern: /(?:\]\(\s*|href\s*=\s*["']?\s*|<)(http:\/\/[^\s)"'>]+)/gi,
    message: (m) => `${m[1]} is not encrypted and exposes readers on the network; use the https:// address`,
  },
  {
    field: 'style',
    pattern: /style\s*=\s*(?:"[^"]*"|'[^']*'|\{\{[^}]*\}\})/gi,
    message: () => 'inline styles that hide text are not allowed; remove the style attribute',
  },
  {
    field: 'image',
    pattern: /!\[\s*\]\(/g,
    message: () => 'this image has no alt text; describe it between the brackets: ![what the image shows](path)',
  },
  {
    field: 'image',
    pattern: /<img\b(?![^>]*\salt\s*=\s*["'{][^"'}]+)[^>]*>/gi,
    message: () => 'this image has no alt text; add alt="what the image shows"',
  },
  {
    field: 'personal data',
    pattern: /[\w.+-]+@[\w-]+\.[\w.-]+\b/g,
    message: (m) => `"${m[0]}" looks like an e-mail address; confirm the person agreed to publish it, or remove it`,
    severity: 'warning',
  },
  {
    field: 'personal data',
    pattern: /(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b/g,
    message: (m) => `"${m[0].trim()}" looks like a phone number; confirm it may be published, or remove it`,
    severity: 'warning',
  },
];

/** Problems in an entry's body; `bodyLine` is the file line where the body starts. */
export function proseProblems(file: string, body: string, bodyLine: number): Problem[] {
  const text = maskCode(body);
  const problems: Problem[] = [];
  const at = (index: number) => bodyLine + lineAt(text, index) - 1;
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.field === 'style' && !hidingStyle.test(m[0])) continue;
      if (rule.field === 'personal data' && /^\[?@/.test(text.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
      problems.push({
        file,
        line: at(m.index),
        field: rule.field,
        message: rule.message(m as RegExpExecArray),
        severity: rule.severity ?? 'error',
      });
    }
  }
  for (const m of text.matchAll(/^(import|export)\b.*$/gm)) {
    const from = /from\s+['"]([^'"]+)['"]/.exec(m[0])?.[1];
    if (m[1] === 'import' && from && allowedImports.includes(from)) continue;
    problems.push({
      file,
      line: at(m.index),
      field: m[1]!,
      message:
        m[1] === 'import'
          ? `content may only import the site's components (from ${allowedImports.map((a) => `"${a}"`).join(', ')}); remove this import`
          : 'content may not export code; remove this line',
      severity: 'error',
    });
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
