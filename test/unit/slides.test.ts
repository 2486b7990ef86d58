import { describe, expect, test } from 'vitest';
import { makeOfflineKit, mainOf, prefixIds } from '../../src/build/offline-kit.ts';
import { checkContent } from '../../src/check/content-check.ts';
import { checkProject } from '../../src/check/check-all.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { moduleProse } from '../../src/loading/module-prose.ts';
import { overflows, slideHeight } from '../../src/site/slide-fit.ts';
import { brokenCopy, validFixture } from '../support/fixture-copy.ts';

const check = (contentRoot: string) =>
  checkContent({ contentRoot, projectRoot: contentRoot, today: '2026-11-24' }).problems.map(formatProblem);

const long = 'Authoritarian governments share lists of critics, copy each other’s laws and vote together at the UN';

describe('slides in the content check', () => {
  test('slide text goes through the same checks as other module text', () => {
    const fields = moduleProse({
      sections: [
        {
          content: 'c',
          notes: 'n',
          slides: [{ title: 't', points: ['a [@x]'], question: 'q', activity: 'a', notes: 'm' }],
        },
      ],
    }).map((f) => f.path.join('.'));
    expect(fields).toEqual([
      'sections.0.content',
      'sections.0.notes',
      'sections.0.slides.0.points.0',
      'sections.0.slides.0.question',
      'sections.0.slides.0.activity',
      'sections.0.slides.0.notes',
    ]);
    const problems = check(
      brokenCopy('modules/intro-module.mdx', (t) =>
        t.replace('prepare [@roe-2019]\n          - A shared', 'prepare [@nobody-1999]\n          - A shared'),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^modules\/intro-module\.mdx:\d+: citation: \[@nobody-1999\] cites "nobody-1999", which is not in content\/sources\//,
      ),
    ]);
  });

  test('slide text is held to the content safety rules, like a body', () => {
    const problems = check(
      brokenCopy('modules/intro-module.mdx', (t) =>
        t.replace(
          'A shared watchlist can mean arrest',
          '<span onmouseover="go()">A</span> shared watchlist can mean arrest',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^modules\/intro-module\.mdx:\d+: sections\[2\]\.slides\[0\]\.points\[1\]: the onmouseover attribute runs code; remove it$/,
      ),
    ]);
  });

  test('warns, naming file, line and slide, when a slide would overflow its canvas', () => {
    const points = Array.from({ length: 9 }, () => `          - ${long}`).join('\n');
    const problems = check(
      brokenCopy('modules/intro-module.mdx', (t) =>
        t.replace('          - A shared watchlist can mean arrest when travelling', points),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^modules\/intro-module\.mdx:\d+: sections\[2\]\.slides\[0\]: "What we take away" is estimated .* shorten its points or split it into two slides \(warning\)$/,
      ),
    ]);
  });

  test('a slide figure must be one of the explainers', () => {
    const problems = check(
      brokenCopy('modules/intro-module.mdx', (t) =>
        t.replace('        activity: Name one way', '        figure: { kind: pie }\n        activity: Name one way'),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^modules\/intro-module\.mdx:\d+: sections\[2\]\.slides\[1\]\.figure\.kind: /);
  });

  test('the estimate: a few short points fit, a wall of text does not, a figure takes room', () => {
    expect(overflows({ title: 'Short', points: ['One', 'Two', 'Three'] })).toBe(false);
    expect(overflows({ title: 'Long', points: Array.from({ length: 8 }, () => long) })).toBe(true);
    const withFigure = slideHeight({ title: 'A chart', points: [], figure: { kind: 'votes' } });
    expect(withFigure.used).toBeGreaterThan(slideHeight({ title: 'A chart', points: [] }).used + 10);
  });

  test('every slide of the site’s modules and of the fixture fits, by the estimate', () => {
    expect(check(validFixture)).toEqual([]);
    const slideWarnings = checkProject(process.cwd()).problems.filter((p) => p.message.includes('would be cut off'));
    expect(slideWarnings).toEqual([]);
  });
});

describe('the offline kit', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="en"><head><title>x</title></head><body><main id="main">${main}</main></body></html>`;

  test('gives each view its own ids and in-view links, so views share one file', () => {
    expect(
      prefixIds(
        '<h2 id="notes-heading">N</h2><a href="#note-1">1</a><section aria-labelledby="a b"><path fill="url(#g)">',
        'guide',
      ),
    ).toBe(
      '<h2 id="guide-notes-heading">N</h2><a href="#guide-note-1">1</a><section aria-labelledby="guide-a guide-b"><path fill="url(#guide-g)">',
    );
    expect(
      mainOf(page('<nav class="breadcrumbs"><a href="/">Home</a></nav><p class="no-print">Print</p><h1>T</h1>')),
    ).toBe('<h1>T</h1>');
  });

  test('turns the module’s own pages into views, other site links into text, and allows only its own hashes', () => {
    const slides = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/site.css"></head><body class="presenter-page"><a class="deck-exit" href="/modules/m/" data-deck-exit>Leave slides</a><script type="module" src="/_astro/p.js"></script></body></html>`;
    const learner = page(
      '<h1>M</h1><a href="/modules/m/guide/">Guide</a> <a href="/tactics/t/">A tactic</a> <a href="/modules/m/m-offline.html" download>Kit</a>',
    );
    const kit = makeOfflineKit(
      {
        id: 'm',
        title: 'M',
        slides,
        learner,
        guide: page('<h1>G</h1><section class="bibliography"><h2 id="bibliography-heading">W</h2></section>'),
        handout: page('<h1>H</h1>'),
      },
      { base: '/', readAsset: (p) => ({ '/site.css': 'body{}', '/_astro/p.js': 'go()' })[p] },
    );
    expect(kit).toContain('<a href="#guide">Guide</a>');
    expect(kit).toContain('<span class="offline-link">A tactic</span>');
    expect(kit).toContain('href="#kit-contents" data-deck-exit>Kit contents</a>');
    expect(kit).not.toMatch(/href="\//);
    expect(kit).toMatch(/<section class="kit-view page" id="learn"/);
    const csp = /content-security-policy" content="([^"]+)"/.exec(kit)![1]!;
    expect(csp).toMatch(/^default-src 'none'; img-src data:; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; /);
    expect(() =>
      makeOfflineKit(
        { id: 'm', title: 'M', slides, learner, guide: learner, handout: learner },
        { base: '/', readAsset: () => undefined },
      ),
    ).toThrow(/referenced but was not built/);
  });
});
