/**
 * Citations as readers and reference managers meet them: real exports dropped into a
 * content folder and built, BibTeX and RIS imported with the command, Highwire tags on a
 * source page, and the "Cite this page" box in Chromium with and without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyWithFault } from '../support/fixture-copy.ts';
import { useBrowser } from './support/browser.ts';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'reference-managers');

describe('reference-manager exports and imports, built', () => {
  let content = '';
  let out = '';
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
  const env = () => ({ ...process.env, COUNTERPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' });
  const imports: string[] = [];

  beforeAll(() => {
    content = copyWithFault({ file: 'sources/.keep', create: '' });
    for (const f of ['zotero.json', 'better-bibtex.json', 'zotxt.min.json'])
      cpSync(join(fixtures, f), join(content, 'sources', f));
    for (const f of ['refs.bib', 'refs.ris']) {
      const run = spawnSync(
        process.execPath,
        ['src/cli/sources-add.ts', join(fixtures, 'import', f), '--content', content],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      imports.push(run.stdout);
    }
    // A page citing exported ids as they are, readable keys, and the imported entries.
    writeFileSync(
      join(content, 'tactics', 'cited-exports.mdx'),
      [
        '---',
        'title: Cited exports',
        'summary: A page that cites entries exported by reference managers and imported with the command.',
        'threats: [domestic-opponents]',
        "published: '2026-01-15'",
        "reviewed: '2026-02-01'",
        '---',
        'Storybooks teach emotions [@grady-2019, p. 210].',
        'Again [@grady-2019, p. 211]. Social construction [@haslanger:2012resisting]. A working paper [@Adams2001].',
        'A case [@2351] and a report [@national-cancer-institute-2019]; a statute [@every-student-2015].',
        'Imported from BibTeX [@michaelsen2017far] and RIS [@lemon-2019; @hug-2016].',
        '',
      ].join('\n'),
    );
    const check = spawnSync(process.execPath, ['src/cli/check.ts'], { env: env(), encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    out = mkdtempSync(join(tmpdir(), 'counterpoint-citations-'));
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: env(),
      encoding: 'utf8',
    });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });

  test('the command reports what it did with each entry', () => {
    expect(imports[0]).toMatch(
      /refs\.bib:2: added "Far Away, So Close: Transnational Activism.*" as \[@michaelsen2017far\]/,
    );
    expect(imports[1]).toMatch(/refs\.ris:1: added "Weaponizing Interpol" as \[@lemon-2019\]/);
    expect(imports[1]).toMatch(/3 entries read: 3 added to .*imported\.json, 0 already present/);
  });

  test('every exported and imported entry has a page; none shows a literal tag or a private field', () => {
    const sources = readFileSync(join(out, 'sources', 'index.html'), 'utf8');
    expect(sources.match(/<li>/g)?.length).toBeGreaterThanOrEqual(49 + 6 + 2);
    for (const html of [sources, page('sources/rahimov-2021'), page('sources/manuscript2018')]) {
      const text = html.replace(/<[^>]+>/g, '');
      expect(text).not.toMatch(/<\/?(i|b|sub|sup|span)\b|&lt;|PRIVATE|Private abstract|Private note/);
    }
    expect(page('sources/rahimov-2021')).toContain(
      '<h1>Surveillance cooperation in the <i>Shanghai Cooperation Organisation</i></h1>',
    );
    expect(page('sources/rahimov-2021')).toContain(
      '<title>Surveillance cooperation in the Shanghai Cooperation Organisation ·',
    );
  });

  test('the page citing them shows notes in APA, first in full then short, and the court, number and section', () => {
    const text = page('tactics/cited-exports')
      .replace(/<[^>]+>/g, '')
      .replace(/&#38;|&amp;/g, '&');
    expect(text).toContain(
      'Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks',
    );
    expect(text).toContain('Grady et al., 2019, p. 211.');
    expect(text).toContain('Brown v. Board of Education, 347 U.S. 483 (Supreme Court of the United States 1954)');
    expect(text).toContain('(NIH Publication Nos. 18–2059)');
    expect(text).toContain('20 U.S.C. § 6301');
    expect(text).toContain('Michaelsen, M. (2017). Far Away, So Close: Transnational Activism');
    expect(text).toContain('Lemon, E. (2019). Weaponizing Interpol');
  });

  test('a source cited by its exported id lists the citing page', () => {
    expect(page('sources/haslanger-2012')).toContain('href="/tactics/cited-exports/"');
    expect(page('sources/adams-2001')).toContain('href="/tactics/cited-exports/"');
    expect(page('sources/haslanger-2012')).toContain('<code>[@haslanger:2012resisting]</code>');
  });
});

describe('in Chromium', () => {
  const browser = useBrowser();

  test('a source page carries complete Highwire tags for Zotero', async () => {
    const p = await browser.newPage();
    await p.goto(`${browser.origin()}/sources/levinson-2021/`);
    const tags = await p.$$eval('meta[name^="citation_"]', (ms) =>
      ms.map((m) => [m.getAttribute('name'), m.getAttribute('content')]),
    );
    expect(Object.fromEntries(tags)).toEqual({
      citation_title: 'Idea entrepreneurs: The United Nations Open-Ended Working Group & cybersecurity',
      citation_author: 'Levinson, N. S.',
      citation_publication_date: '2021',
      citation_journal_title: 'Telecommunications Policy',
      citation_volume: '45',
      citation_issue: '6',
      citation_doi: '10.1016/j.telpol.2021.102142',
      citation_firstpage: '102',
      citation_lastpage: '142',
    });
    await p.close();
  });

  test('the cite box copies the reference it shows', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin() });
    const p = await context.newPage();
    await p.goto(`${browser.origin()}/sources/levinson-2021/`);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text as rendered, which is what is copied.
    const shown = (await p.locator('.cite-text').innerText()).trim();
    const button = p.getByRole('button', { name: 'Copy citation' });
    await expect(button).toBeInViewportAfterScroll();
    await button.click();
    await expect.poll(() => p.locator('.cite-status').textContent()).toBe('Copied.');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(shown.replace(/\s+/g, ' '));
    expect(shown).toBe(
      'Levinson, N. S. (2021). Idea entrepreneurs: The United Nations Open-Ended Working Group & cybersecurity. Telecommunications Policy, 45(6), 102–142. https://doi.org/10.1016/j.telpol.2021.102142',
    );
    await context.close();
  });

  test('without JavaScript the reference is selectable text and no dead button shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${browser.origin()}/tactics/collaborative-surveillance/`);
    const text = p.locator('.cite-text');
    await text.scrollIntoViewIfNeeded();
    await text.click();
    const selected = await p.evaluate(() => String(getSelection()));
    // biome-ignore lint/performance/useDomNodeTextContent: the selection is compared with the text as rendered.
    expect(selected.trim()).toBe((await text.innerText()).trim());
    expect(await p.getByRole('button', { name: 'Copy citation' }).count()).toBe(0);
    await context.close();
  });
});

// Playwright's own expect is not used in this suite; a bounding-box check stands in for toBeInViewport.
declare module 'vitest' {
  interface Assertion {
    toBeInViewportAfterScroll(): Promise<void>;
  }
}
expect.extend({
  async toBeInViewportAfterScroll(locator: import('playwright-core').Locator) {
    await locator.scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    const size = locator.page().viewportSize()!;
    const pass =
      !!box &&
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= size.width &&
      box.y + box.height <= size.height &&
      box.height >= 24;
    return {
      pass,
      message: () => `expected the control inside the viewport and at least 24 px tall, got ${JSON.stringify(box)}`,
    };
  },
});
