import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content-files.ts';
import { smartPunctuation } from '../../src/lib/typography.ts';
import { remarkTypography } from '../../src/markdown/remark-typography.ts';

describe('smart punctuation', () => {
  test('curls quotes by what comes before them', () => {
    expect(smartPunctuation('He said "no" and left.')).toBe('He said \u201cno\u201d and left.');
    expect(smartPunctuation('"Start" of a line')).toBe('\u201cStart\u201d of a line');
    expect(smartPunctuation("the party's 'schools' (and 'clubs')")).toBe('the party\u2019s \u2018schools\u2019 (and \u2018clubs\u2019)');
  });

  test('continues from the previous text node, so a quote after emphasis closes', () => {
    expect(smartPunctuation('" and more', 'd')).toBe('\u201d and more');
    expect(smartPunctuation('"next', ' ')).toBe('\u201cnext');
  });

  test('turns three dots into an ellipsis and two hyphens into a dash, and leaves single hyphens', () => {
    expect(smartPunctuation('wait... then -- done, a well-known case')).toBe('wait\u2026 then \u2014 done, a well-known case');
  });
});

describe('remarkTypography on the real content', () => {
  // The plugin replaces remark-smartypants for speed; on this site's prose it must give the same HTML.
  test('renders every entry exactly as remark-smartypants would', async () => {
    const ours = await createMarkdownProcessor({ smartypants: false, remarkPlugins: [remarkTypography], syntaxHighlight: false });
    const reference = await createMarkdownProcessor({ smartypants: true, syntaxHighlight: false });
    const { entries } = loadContent(join(process.cwd(), 'content'), process.cwd());
    const differing: string[] = [];
    for (const e of entries.filter((x) => x.body.trim())) {
      const [a, b] = await Promise.all([ours.render(e.body), reference.render(e.body)]);
      if (a.code !== b.code) differing.push(e.file);
    }
    expect(differing).toEqual([]);
  });
});
