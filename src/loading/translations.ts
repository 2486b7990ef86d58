/**
 * Translations sit beside their source with the locale before the extension:
 * content/threats/security-threats.ru.mdx translates content/threats/security-threats.mdx.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../check/problems.ts';
import { collections, type CollectionName } from '../schemas/collections.ts';
import { parseMdx } from './frontmatter.ts';
import { moduleTexts } from './module-prose.ts';

/** <id>.<locale>.md(x): the id, then a language tag such as ru or pt-br. */
export const translationFileName = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.mdx?$/i;

export function isTranslationFile(fileName: string): boolean {
  return translationFileName.test(fileName);
}

export interface RawTranslation {
  collection: CollectionName;
  /** The source entry's id. */
  id: string;
  locale: string;
  file: string;
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf(path: readonly PropertyKey[]): number;
  /** The line a text field's value starts on (after `key: |`). */
  textLineOf(path: readonly PropertyKey[]): number;
}

export function loadTranslations(
  contentRoot: string,
  projectRoot: string,
): { translations: RawTranslation[]; problems: Problem[] } {
  const translations: RawTranslation[] = [];
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const dir = join(contentRoot, spec.dir);
    if (spec.format !== 'mdx' || !existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const match = translationFileName.exec(fileName);
      if (!match) continue;
      const file = relative(projectRoot, join(dir, fileName));
      const parsed = parseMdx(readFileSync(join(dir, fileName), 'utf8'));
      for (const e of parsed.syntaxErrors)
        problems.push({ file, line: e.line, field: 'frontmatter', message: e.message, severity: 'error' });
      if (parsed.data === undefined) continue;
      translations.push({
        collection: name,
        id: match[1]!,
        locale: match[2]!.toLowerCase(),
        file,
        data: parsed.data,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        lineOf: parsed.lineOf,
        textLineOf: parsed.textLineOf,
      });
    }
  }
  return { translations, problems };
}

/**
 * The version of a source entry a translation is made from: a hash of its text (title,
 * summary, body, and a training module's objectives, sections and slides), not of its
 * relations, dates, kinds or minutes, which translations take from the source.
 * Line endings and trailing spaces do not count, so a Windows checkout gives the same hash.
 */
export function sourceHash(entry: { data: unknown; body: string }): string {
  const data = (entry.data ?? {}) as { title?: unknown; summary?: unknown };
  const norm = (s: unknown) =>
    String(s ?? '')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .trim();
  // A module's frontmatter text follows; other entries hash exactly as before it was added.
  const moduleText = moduleTexts(entry.data).map((f) => `${f.path.join('.')}=${norm(f.text)}`);
  const text = [norm(data.title), norm(data.summary), norm(entry.body), ...moduleText].join('\n\u0000\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
