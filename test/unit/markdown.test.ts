import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { baseLinks } from '../../src/site/base-links.ts';
import { citations, type CitationNote } from '../../src/citations/markdown-plugin.ts';

async function render(markdown: string, base = '/') {
  const processor = await createSatteriMarkdownProcessor({
    mdastPlugins: [citations, baseLinks(base)],
    syntaxHighlight: false,
  });
  const { code, metadata } = await processor.render(markdown, { frontmatter: {} });
  return { html: code, notes: (metadata.frontmatter['citations'] ?? []) as CitationNote[] };
}

describe('the Markdown plugins, in Sätteri', () => {
  test('citations become numbered note references, in reading order, with their keys handed to the page', async () => {
    const { html, notes } = await render(
      'First claim [@a-2020]. Second *claim* [@b-2021; @c-2022, p. 4].\n\n## Later\n\nThird [@a-2020].',
    );
    expect(html).toContain(
      'First claim<sup class="note-ref"><a href="#note-1" id="note-ref-1"><span class="visually-hidden">Note </span>1</a></sup>.',
    );
    expect(html).toContain('id="note-ref-2"');
    expect(html).toContain('id="note-ref-3"');
    expect(notes.map((n) => n.n)).toEqual([1, 2, 3]);
    expect(notes[1]!.items.map((i) => i.key)).toEqual(['b-2021', 'c-2022']);
    expect(html).not.toContain('[@');
  });

  test('text that only looks like a citation inside a link label is left alone', async () => {
    const { html, notes } = await render('See [the list @ here](/sources/) and write to [@x-2000](/glossary/).');
    expect(notes).toEqual([]);
    expect(html).toContain('>@x-2000</a>');
  });

  test('each document gets its own notes, even when two compile at once', async () => {
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [citations], syntaxHighlight: false });
    const [one, two] = await Promise.all([
      processor.render('One [@a-2020].', { frontmatter: {} }),
      processor.render('Two [@b-2021]. Three [@c-2022].', { frontmatter: {} }),
    ]);
    expect((one.metadata.frontmatter['citations'] as CitationNote[]).length).toBe(1);
    expect((two.metadata.frontmatter['citations'] as CitationNote[]).length).toBe(2);
  });

  test('site paths gain the base path under a subfolder, and stay as written at the root', async () => {
    const link = '[Interpol](/actors/interpol/) and [out](https://example.org/)';
    expect((await render(link, '/counterpoint/')).html).toContain('href="/counterpoint/actors/interpol/"');
    expect((await render(link, '/counterpoint/')).html).toContain('href="https://example.org/"');
    expect((await render(link)).html).toContain('href="/actors/interpol/"');
  });

  test('straight quotes and apostrophes come out curly, but not in code', async () => {
    const { html } = await render('The party\'s "schools" and `"code"`.');
    expect(html).toContain('party\u2019s \u201cschools\u201d');
    expect(html).toContain('<code>"code"</code>');
  });
});
