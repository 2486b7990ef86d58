import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { makeOfflineKit } from '../../../src/build/offline-kit.ts';
import { scanCss, scanHtml, scanSvg } from '../../../src/build/output-scan.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const own = 'document.documentElement.dataset.js="on"';
const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(own)}">${head}</head><body><script>${own}</script>${body}</body></html>`;
const kinds = (html: string) => scanHtml(html, 'x.html').map((f) => f.kind);

describe('the output scan', () => {
  test("accepts the generator's own scripts: CSP-hashed inline, same-origin files, JSON data", () => {
    expect(
      kinds(page('<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>')),
    ).toEqual([]);
  });

  test.each([
    ['an inline script not in the CSP', '<script>window.x=1</script>', 'script'],
    ['a foreign script file', '<script src="https://cdn.example/x.js"></script>', 'foreign resource'],
    ['a foreign image', '<img src="https://tracker.example/p.gif" alt="">', 'foreign resource'],
    ['a protocol-relative image', '<img src="//tracker.example/p.gif" alt="">', 'foreign resource'],
    ['a foreign srcset', '<img src="/a.png" srcset="https://t.example/a.png 2x" alt="">', 'foreign resource'],
    ['a foreign poster', '<video poster="https://t.example/p.png"></video>', 'foreign resource'],
    ['a form posting elsewhere', '<form action="https://t.example/collect"></form>', 'foreign resource'],
    ['an inline handler', '<img src="/a.png" onerror="x()" alt="">', 'event handler'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'javascript: URL'],
    ['an entity-encoded javascript: link', '<a href="javascript&#58;alert(1)">x</a>', 'javascript: URL'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://t.example/">', 'meta refresh'],
    ['a base element', '<base href="https://t.example/">', 'base'],
    ['a style element importing CSS', '<style>@import "https://t.example/x.css";</style>', 'foreign resource'],
    [
      'a style attribute with a foreign url()',
      '<p style="background:url(https://t.example/p.gif)">x</p>',
      'foreign resource',
    ],
    ['an inline SVG image from elsewhere', '<svg><image href="https://t.example/p.png"/></svg>', 'foreign resource'],
    ['an iframe with a page of its own', '<iframe srcdoc="<script>x()</script>"></iframe>', 'script'],
    ['a foreign stylesheet link', '<link rel="stylesheet" href="https://t.example/x.css">', 'foreign resource'],
  ])('finds %s', (_name, body, kind) => {
    expect(kinds(page(body))).toEqual([kind]);
  });

  test('an inline script is refused on a page without a CSP', () => {
    expect(kinds(`<html><body><script>${own}</script></body></html>`)).toEqual(['script']);
  });

  test('links to other sites are fine; loading from them is not', () => {
    expect(kinds(page('<a href="https://example.org/">a report</a> <a href="mailto:a@example.org">mail</a>'))).toEqual(
      [],
    );
  });

  test('SVG files: scripts, handlers, foreignObject, foreign and javascript: references', () => {
    const svg = (inner: string) => scanSvg(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`, 'a.svg');
    expect(svg('<circle r="2"/><use href="#a"/>')).toEqual([]);
    expect(svg('<script>x</script>').map((f) => f.kind)).toEqual(['script']);
    expect(svg('<foreignObject></foreignObject>').map((f) => f.kind)).toEqual(['script']);
    expect(svg('<circle onload="x()"/>').map((f) => f.kind)).toEqual(['event handler']);
    expect(svg('<image href="https://t.example/p.png"/>').map((f) => f.kind)).toEqual(['foreign resource']);
    expect(svg('<a href="javascript:x()"><text>x</text></a>').map((f) => f.kind)).toEqual(['javascript: URL']);
  });

  test('CSS: foreign url() and @import; data: and same-origin are fine; overscroll-behavior is not behavior', () => {
    expect(
      scanCss(
        'a{background:url(data:image/png;base64,AA)} b{background:url(/x.png)} c{overscroll-behavior:contain}',
        'a.css',
      ),
    ).toEqual([]);
    expect(
      scanCss('@import url("https://t.example/x.css"); a{background:url(//t.example/p.gif)}', 'a.css').map(
        (f) => f.kind,
      ),
    ).toEqual(['foreign resource', 'foreign resource']);
  });
});

describe('the offline kit', () => {
  test("its CSP lists only the generator's scripts, never one that came from content", () => {
    const injected = 'window.__pwned=1';
    const injectedInView = 'window.__pwned=2';
    const slides = page(
      `<script type="module" src="/_astro/presenter.js"></script><section><script>${injected}</script></section>`,
    ).replace('<body>', '<body class="presenter-page">');
    const learner = page(`<main><h1>M</h1><script>${injectedInView}</script></main>`);
    const kit = makeOfflineKit(
      { id: 'm', title: 'M', slides, learner, guide: learner, handout: learner },
      { base: '/', readAsset: (p) => (p === '/_astro/presenter.js' ? 'console.log(1)' : undefined) },
    );
    const csp = /content-security-policy" content="([^"]*)"/.exec(kit)![1]!;
    const scriptSrc = /script-src([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc).toContain(hash(own));
    expect(scriptSrc).toContain(hash('console.log(1)'));
    expect(scriptSrc).not.toContain(hash(injected));
    expect(scriptSrc).not.toContain(hash(injectedInView));
    // The slides page's script and the one in each of the three views (learner, guide, handout).
    expect(scanHtml(kit, 'kit.html').map((f) => f.kind)).toEqual(['script', 'script', 'script', 'script']);
  });
});
