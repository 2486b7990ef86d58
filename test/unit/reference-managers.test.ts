/**
 * Real reference-manager exports (Zotero, Better BibTeX, zotxt), dropped unchanged into a
 * content folder, checked and formatted as readers see them; the APA 7th style's output
 * compared with the examples of the APA Publication Manual (7th ed.).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/content-check.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { parseCitation } from '../../src/citations/citations.ts';
import { aliasesOf, citationKeys, publicItem, richTextHtml } from '../../src/citations/csl-items.ts';
import { exportItems, highwireTags } from '../../src/citations/exports.ts';
import { createFormatter, formatNotes } from '../../src/citations/formatter.ts';
import { mergeImport, parseImport } from '../../src/citations/import.ts';
import { siteConfigSchema } from '../../src/schemas/site-config.ts';
import { copyWithFault } from '../support/fixture-copy.ts';

const dir = join(process.cwd(), 'test', 'fixtures', 'reference-managers');
const files = ['zotero.json', 'better-bibtex.json', 'zotxt.min.json'];
const raw = files.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>[]);
const keys = citationKeys(raw);
const items = raw.map((r, i) => publicItem(r, keys[i]!));
const formatter = createFormatter(items, 'apa');
const byTitle = (start: string) => {
  const i = raw.findIndex((r) => String(r['title']).startsWith(start));
  if (i < 0) throw new Error(`no fixture titled ${start}`);
  return keys[i]!;
};
const text = (start: string) => formatter.reference(byTitle(start)).text;

/** A copy of the valid fixture with the three exports dropped into sources/ as they are. */
function contentWithExports(): string {
  const root = copyWithFault({ file: 'sources/.keep', create: '' });
  for (const f of files) cpSync(join(dir, f), join(root, 'sources', f));
  return root;
}

describe('exports dropped into content/sources/ unchanged', () => {
  test('are accepted: every item of every file, with no error', () => {
    const root = contentWithExports();
    const result = checkContent({ contentRoot: root, projectRoot: root, today: '2026-11-26' });
    const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    const perFile = Object.fromEntries(
      files.map((f) => [f, result.entries.filter((e) => e.file.endsWith(`sources/${f}`)).length]),
    );
    expect(perFile).toEqual({ 'zotero.json': 21, 'better-bibtex.json': 15, 'zotxt.min.json': 13 });
  });

  test('cover every CSL item type, rich text, private fields and string and number date parts', () => {
    const types = new Set(raw.map((r) => r['type']));
    expect(types.size).toBe(45);
    expect(raw.length).toBeGreaterThanOrEqual(30);
    expect(raw.some((r) => /<(i|b|sub|sup)>|class="nocase"/.test(String(r['title'])))).toBe(true);
    expect(raw.filter((r) => r['note'] || r['abstract']).length).toBeGreaterThan(1);
    const parts = raw.flatMap((r) => (r['issued'] as { 'date-parts': unknown[][] })['date-parts'][0]!);
    expect(parts.some((p) => typeof p === 'string') && parts.some((p) => typeof p === 'number')).toBe(true);
  });

  test('ids of any shape get readable keys, and the exported id stays an alias', () => {
    expect(keys).toContain('grady-2019');
    expect(keys).toContain('haslanger-2012');
    expect(aliasesOf(raw[0], 'grady-2019')).toEqual(['http://zotero.org/users/local/kM3Uu7Xb/items/GRDY2019']);
    expect(
      aliasesOf(
        raw.find((r) => r['id'] === 'haslanger:2012resisting'),
        'haslanger-2012',
      ),
    ).toEqual(['haslanger:2012resisting']);
    expect(new Set(keys).size).toBe(keys.length);
    expect(parseCitation('@haslanger:2012resisting, p. 5')).toEqual([
      { key: 'haslanger:2012resisting', locator: 'p. 5' },
    ]);
    expect(parseCitation('see @Adams2001; @2345')).toEqual([{ key: 'Adams2001', prefix: 'see' }, { key: '2345' }]);
    expect(parseCitation('@{http://zotero.org/users/local/kM3Uu7Xb/items/GRDY2019}')).toEqual([
      { key: 'http://zotero.org/users/local/kM3Uu7Xb/items/GRDY2019' },
    ]);
  });
});

describe('APA 7th as citeproc-js prints it, against the Publication Manual', () => {
  // Each line is the manual's own example (section 10, number in brackets), as plain text.
  test.each([
    [
      'Emotions in storybooks',
      'Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States. Psychology of Popular Media Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185',
    ],
    [
      'Getting consistent',
      'Anderson, M. (2018). Getting consistent with consequences. Educational Leadership, 76(1), 26–33.',
    ],
    [
      'The psychology of prejudice',
      'Jackson, L. M. (2019). The psychology of prejudice: From attitudes to social action (2nd ed.). American Psychological Association. https://doi.org/10.0000/0000168-000'.replace(
        '10.0000/',
        '10.1037/',
      ),
    ],
    ['Rethinking global health', 'Burgess, R. (2019). Rethinking global health: Frameworks of power. Routledge.'],
    [
      'Culinary arts',
      'Aron, L., Botella, M., & Lubart, T. (2019). Culinary arts: Talent and their development. In R. F. Subotnik, P. Olszewski-Kubilius, & F. C. Worrell (Eds.), The psychology of high performance: Developing human potential into domain-specific talent (pp. 345–359). American Psychological Association. https://doi.org/10.1037/0000120-016',
    ],
    [
      'Can we get better',
      'Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    ],
    [
      'The secret to a long',
      'Avramova, N. (2019, January 3). The secret to a long, happy, healthy life? Think age-positive. CNN. https://www.cnn.com/2019/01/03/health/respect-toward-elderly-leads-to-long-life-intl/index.html',
    ],
    [
      'Questions and answers',
      'World Health Organization. (2018, May 24). Questions and answers on immunization and vaccine safety. https://www.who.int/features/qa/84/en/',
    ],
    [
      'Can we talk',
      'Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/',
    ],
    ['Every Student', 'Every Student Succeeds Act, 20 U.S.C. § 6301 (2015).'],
  ])('%s', (title, expected) => {
    expect(text(title)).toBe(expected);
  });

  test('the bibliography is sorted by the style (author, then title for works without one)', () => {
    const order = formatter.bibliography().map((r) => r.text.slice(0, 12));
    expect(order.indexOf(text('Emotions').slice(0, 12))).toBeLessThan(
      order.indexOf(text('The psychology of prejudice').slice(0, 12)),
    );
    expect(order[0]).toBe('Adams, J. (2');
  });
});

describe('what a reader sees', () => {
  const all = formatter.bibliography();
  const html = all.map((r) => r.html).join('\n');

  test('rich text is formatting, never literal tags', () => {
    expect(html).not.toMatch(/&lt;|&#60;/);
    expect(formatter.reference(byTitle('Surveillance cooperation')).html).toContain(
      '<span class="csl-roman">Shanghai Cooperation Organisation</span>',
    );
    expect(formatter.reference(byTitle('Notes on authoritarian')).html).toContain('CO<sub>2</sub>');
    expect(richTextHtml('A <i>B</i> <script>x</script> <span class="nocase">iOS</span>')).toBe(
      'A <i>B</i> &lt;script&gt;x&lt;/script&gt; <span>iOS</span>',
    );
  });

  test('private fields (Zotero Extra in note, abstracts) are never published', () => {
    expect(JSON.stringify(items)).not.toMatch(/PRIVATE/);
    expect(html).not.toMatch(/PRIVATE/);
    expect(exportItems(items, 'json') + exportItems(items, 'bib') + exportItems(items, 'ris')).not.toMatch(/PRIVATE/);
  });

  test('the court of a case, the number of a report and the section of legislation are printed', () => {
    expect(text('Brown v. Board')).toBe(
      'Brown v. Board of Education, 347 U.S. 483 (Supreme Court of the United States 1954).',
    );
    expect(text('Taking time')).toContain('(NIH Publication Nos. 18–2059)');
    expect(text('Crime prevention')).toContain('(A/C.3/73/L.9/Rev.1)');
    expect(text('Every Student')).toContain('§ 6301');
    expect(text('Transnational Repression Policy Act')).toContain('S. 3814');
  });

  test('organisations stay whole names; http addresses are printed as exported and linked', () => {
    expect(text('Taking time')).toMatch(/^National Cancer Institute\. \(2019\)/);
    expect(formatter.reference(byTitle('Working paper')).html).toContain(
      '<a href="http://example.org/adams-2001.pdf">',
    );
  });

  test('notes: the first citation of a work in full, later ones short, with locators', () => {
    const grady = byTitle('Emotions');
    const notes = formatNotes(
      [
        { n: 1, items: [{ key: grady, locator: 'p. 210' }] },
        {
          n: 2,
          items: [
            { key: grady, locator: 'pp. 211-212' },
            { key: byTitle('Every Student'), prefix: 'see' },
          ],
        },
      ],
      formatter,
      (k) => `/sources/${k}/`,
    );
    expect(notes[0]!.html).toContain('Psychology of Popular Media Culture');
    expect(notes[0]!.html).toContain('(p. 210)');
    expect(notes[1]!.html.replace(/<[^>]+>/g, '')).toBe(
      'Grady et al., 2019, pp. 211–212; see Every Student Succeeds Act, 20 U.S.C. § 6301 (2015).',
    );
  });

  test('items the style leaves out of its list (APA: personal communications) keep their in-text form', () => {
    expect(text('Email to the editors')).toBe('K. Ruijgrok, personal communication, January 9, 2024');
  });
});

describe('the style is a site setting', () => {
  const base = { title: 'T', description: 'A site description long enough to pass.', publisher: 'P' };
  test('defaults to APA, accepts harvard, refuses an unknown name with the choices', () => {
    expect(siteConfigSchema.parse(base).citationStyle).toBe('apa');
    const wrong = siteConfigSchema.safeParse({ ...base, citationStyle: 'chicago' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues[0]!.message).toBe('must be one of apa, harvard');
    // Cite Them Right with the en-US locale (the one English locale the package ships): US quotation marks.
    const harvard = createFormatter(items, 'harvard');
    expect(harvard.reference(byTitle('Getting consistent')).text).toBe(
      'Anderson, M. (2018) “Getting consistent with consequences,” Educational Leadership, 76(1), pp. 26–33.',
    );
  });
});

describe('exports and meta tags', () => {
  test('BibTeX keys are the site keys; RIS has Windows line ends; CSL-JSON round-trips', () => {
    const report = items.find((i) => i.id === byTitle('Taking time'))!;
    expect(exportItems([report], 'bib')).toMatch(/^@techreport\{national-cancer-institute-2019,/m);
    expect(exportItems([report], 'ris')).toMatch(/^TY {2}- RPRT\r\n/);
    expect(JSON.parse(exportItems([report], 'json'))).toEqual([report]);
  });

  test('Highwire tags carry what Zotero reads', () => {
    const tags = highwireTags(
      items.find((i) => i.id === byTitle('Emotions'))!,
      'https://example.org/sources/grady-2019/',
    );
    const names = tags.map(([n]) => n);
    expect(names.filter((n) => n === 'citation_author')).toHaveLength(5);
    expect(Object.fromEntries(tags)).toMatchObject({
      citation_title:
        'Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States',
      citation_journal_title: 'Psychology of Popular Media Culture',
      citation_publication_date: '2019/07',
      citation_volume: '8',
      citation_issue: '3',
      citation_firstpage: '207',
      citation_lastpage: '217',
      citation_doi: '10.1037/ppm0000185',
    });
    const report = Object.fromEntries(highwireTags(items.find((i) => i.id === byTitle('Taking time'))!));
    expect(report).toMatchObject({
      citation_technical_report_number: '18-2059',
      citation_author: 'National Cancer Institute',
    });
  });
});

describe('errors name the entry, even in a minified file', () => {
  test('a wrong field names the item id on line 1', () => {
    const root = contentWithExports();
    const file = join(root, 'sources', 'zotxt.min.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"type":"song"', '"type":"podcast"'));
    const errors = checkContent({ contentRoot: root, projectRoot: root })
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem);
    expect(errors).toEqual([
      'sources/zotxt.min.json:1: item "0_SONG0001".type: must be a CSL item type, e.g. article-journal, book, chapter, report, webpage',
    ]);
  });

  test('a syntax error names the item it sits in', () => {
    const root = contentWithExports();
    const file = join(root, 'sources', 'zotxt.min.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title":"Bella ciao"', '"title":"Bella ciao" "x":1'));
    const errors = checkContent({ contentRoot: root, projectRoot: root })
      .problems.filter((p) => p.severity === 'error')
      .map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^sources\/zotxt\.min\.json:1: file: is not valid JSON \(.*\), in the item with id "0_SONG0001"; check commas/,
    );
  });
});

describe('sources:add', () => {
  const existing = items.map((item) => ({ key: item.id, item: item as Record<string, unknown> }));
  test('BibTeX: adds new entries, private fields and all, and reports each', async () => {
    const parsed = await parseImport('refs.bib', readFileSync(join(dir, 'import', 'refs.bib'), 'utf8'));
    expect(parsed.problems).toEqual([]);
    const { outcomes } = mergeImport('refs.bib', parsed, existing);
    expect(outcomes.map((o) => [o.action, o.line])).toEqual([
      ['added', 2],
      ['added', 18],
      ['added', 28],
    ]);
  });

  test('RIS: a second import of the same file adds nothing (DOI, then title and year)', async () => {
    const parsed = await parseImport('refs.ris', readFileSync(join(dir, 'import', 'refs.ris'), 'utf8'));
    const first = mergeImport('refs.ris', parsed, existing);
    expect(first.outcomes.map((o) => o.action)).toEqual(['added', 'added', 'added']);
    const again = mergeImport('refs.ris', parsed, [
      ...existing,
      ...first.added.map((item, i) => ({ key: `k${i}`, item })),
    ]);
    expect(again.outcomes.map((o) => (o.action === 'skipped' ? o.reason : o.action))).toEqual([
      'same DOI as k0',
      'same title and year as k1',
      'same title and year as k2',
    ]);
  });

  test('bad BibTeX gets one line naming file, line and the fix', async () => {
    const parsed = await parseImport(
      'broken.bib',
      '@article{a,\n  title = {Fine},\n  year = {2001}\n}\n@book{b,\n  title = {Unclosed\n',
    );
    expect(parsed.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^broken\.bib:7: file: could not be read as BibTeX \(.*\); check the entry there for an unclosed brace or quote$/,
      ),
    ]);
  });

  test('an entry the schema refuses names its line and field', async () => {
    const parsed = await parseImport('x.json', JSON.stringify([{ id: 'x1', type: 'article-journal', title: '' }]));
    const { outcomes } = mergeImport('x.json', parsed, existing);
    expect(outcomes[0]!.action).toBe('refused');
  });
});
