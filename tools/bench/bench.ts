#!/usr/bin/env node
/**
 * npm run bench [-- --n 1000,5000,10000] [--runs 2] [--type-delay 100] [--no-starlight] [--lighthouse]
 *
 * Builds one synthetic corpus with this generator and with Astro Starlight (installed into
 * a temporary folder, never a dependency), measures both built sites the same way in
 * headless Chromium, prints medians with ours/Starlight ratios, and writes one JSON per N
 * to bench/results/. Figures, not pass/fail: nothing here is a test.
 *
 * How each side is measured, and why (see README.md, "The benchmark"):
 * - Builds: every full build starts cold (both projects' caches cleared); the order
 *   alternates (ours first on even run+size, Starlight first on odd), so machine drift
 *   falls on both alike. Peak memory is the largest process's resident set (GNU time).
 * - Incremental: after the full builds, one entry's text is edited and each site rebuilt
 *   with its caches kept (Astro's content layer).
 * - Search bytes: on a loaded content page the reader opens search and types a query;
 *   every byte transferred from that click to the first results is counted, and separately
 *   from navigation to the first results. Same page, same query, same typing speed.
 * - Search engine: Pagefind's own API (init, search, top ten results' data) called the same
 *   way against each index, apart from interface latency, which includes each interface's
 *   own debounce (ours none, Pagefind UI's default 300 ms).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { chromiumArgs, chromiumPath, launchBrowser } from '../chromium.ts';
import {
  type BuildFigures,
  clearCaches,
  countFiles,
  folderBytes,
  ourPhases,
  packageVersion,
  starlightProject,
  timedBuild,
} from './builds.ts';
import { type Figures, measureEngine, measurePage, measureSearch, type SiteUnderTest } from './measure.ts';
import { serveStatic } from './static-server.ts';
import { type CorpusFile, syntheticCorpus } from './synthetic-corpus.ts';

const usage =
  'usage: npm run bench [-- --n 1000,5000,10000] [--runs 2 | --runs 2,2,1] [--incremental-limit 900] [--type-delay 100] [--no-starlight] [--lighthouse]';
const args = parseArgs(
  process.argv.slice(2),
  {
    n: 'path',
    runs: 'path',
    'incremental-limit': 'number',
    'type-delay': 'number',
    'no-starlight': 'flag',
    lighthouse: 'flag',
  },
  usage,
);
const wholeNumbers = (text: string, option: string, min: number) =>
  text.split(',').map((s) => {
    if (!/^\d+$/.test(s) || Number(s) < min) {
      console.error(`--${option} takes whole numbers of at least ${min}, separated by commas, not "${s}"\n${usage}`);
      process.exit(2);
    }
    return Number(s);
  });
const sizes = wholeNumbers(args.n ?? '1000,5000,10000', 'n', 10);
const runsList = wholeNumbers(args.runs ?? '2', 'runs', 1);
if (runsList.length !== 1 && runsList.length !== sizes.length) {
  console.error(`--runs takes one number, or one per size (${sizes.length}), not "${args.runs}"\n${usage}`);
  process.exit(2);
}
const runsAt = (i: number) => runsList[runsList.length === 1 ? 0 : i]!;
// Milliseconds between keystrokes: 100 ms is a fast typist (about 120 words a minute).
const typeDelay = Number(args['type-delay'] ?? 100);
const withStarlight = !args['no-starlight'];
// An incremental build is skipped (and the results say so) for a side whose full build took
// longer than this many seconds: at N=10,000 Starlight's takes most of an hour.
const incrementalLimit = Number(args['incremental-limit'] ?? 900);
const withLighthouse = !!args.lighthouse;
const query = 'extradition';
// Words the synthetic corpus uses, for the engine's own timing.
const engineQueries = ['extradition', 'surveillance network', 'border police', 'election monitoring', 'diaspora'];

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
const resultsDir = join(root, 'bench', 'results');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
type Which = 'ours' | 'starlight';

function writeCorpus(dir: string, files: CorpusFile[]) {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  // The real site's 48x48 icon, so our build makes the ZIM files it ships.
  copyFileSync(join(root, 'content', 'illustration-48.png'), join(dir, 'illustration-48.png'));
}

/** The same corpus as Starlight docs: title and description frontmatter, the same bodies. */
function toStarlight(files: CorpusFile[], docs: string) {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Benchmark corpus\n---\nHome.\n');
  for (const f of files) {
    if (!f.path.endsWith('.mdx')) continue;
    const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.content)!;
    const title = /^title: (.*)$/m.exec(fm!)![1];
    const description = /^summary: (.*)$/m.exec(fm!)![1];
    mkdirSync(dirname(join(docs, f.path)), { recursive: true });
    writeFileSync(join(docs, f.path), `---\ntitle: ${title}\ndescription: ${description}\n---\n${body}`);
  }
}

const sites: Record<Which, SiteUnderTest> = {
  ours: {
    // The header's Search control opens the search dialog on every page.
    async openSearch(page) {
      await page.click('[data-search-open]');
      return '#search-dialog-q';
    },
    results: '[data-search-dialog-results] li',
    navigation: 'header.site-header',
  },
  starlight: {
    async openSearch(page) {
      await page.click('site-search button[data-open-modal]');
      return '.pagefind-ui__search-input';
    },
    results: '.pagefind-ui__result',
    navigation: '#starlight__sidebar',
  },
};

/** Lighthouse, installed into the temporary folder (never a dependency), against Debian's Chromium. */
let lighthouseCli: string | undefined;
async function lighthouseScores(url: string): Promise<Figures> {
  if (!lighthouseCli) {
    const dir = join(work, 'lighthouse');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { lighthouse: 'latest' } }));
    await promisify(execFile)('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
    lighthouseCli = join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  }
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
  const score = (id: string) => (report.categories[id]?.score ?? 0) * 100;
  return {
    'lighthouse content performance': score('performance'),
    'lighthouse content accessibility': score('accessibility'),
  };
}

async function measureSite(browser: Browser, dist: string, which: Which): Promise<Figures> {
  const server = await serveStatic(dist, '/');
  const contentUrl = `${server.origin}/tactics/tactic-1/`;
  try {
    const content = await measurePage(browser, contentUrl, sites[which].navigation);
    const search = await measureSearch(browser, contentUrl, sites[which], query, typeDelay);
    const engine = await measureEngine(browser, contentUrl, engineQueries);
    const figures: Figures = {
      'content page transfer KB': content.transferBytes / 1024,
      'content page requests': content.requests,
      'content page JS transfer KB': (content.jsTransferBytes + content.inlineJsGzipBytes) / 1024,
      'content page CSS files': content.cssFiles,
      'content page load ms': content.loadMs,
      'content page HTML KB': content.htmlBytes / 1024,
      'of which site navigation KB': content.navigationHtmlBytes / 1024,
      'search open-to-results KB': search.openToResultsBytes / 1024,
      'search navigation-to-results KB': search.navigationToResultsBytes / 1024,
      'search open-to-results ms': search.openToResultsMs,
      'search input-to-results ms': search.lastKeyToResultsMs,
      'engine first query ms': engine.firstQueryMs,
      'engine warm query ms': engine.warmQueryMs,
    };
    if (which === 'ours') {
      // Every chart page: the heaviest is the one the target is about.
      let heaviest = 0;
      let heaviestJs = 0;
      for (const kind of readdirSync(join(dist, 'explainers'), { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      )) {
        const chart = await measurePage(browser, `${server.origin}/explainers/${kind.name}/`);
        if (chart.transferBytes > heaviest) {
          heaviest = chart.transferBytes;
          heaviestJs = chart.jsTransferBytes + chart.inlineJsGzipBytes;
        }
      }
      figures['heaviest chart page transfer KB'] = heaviest / 1024;
      figures['heaviest chart page JS KB'] = heaviestJs / 1024;
    }
    if (withLighthouse) Object.assign(figures, await lighthouseScores(contentUrl));
    return figures;
  } finally {
    await server.close();
  }
}

function buildFigures(build: BuildFigures, outDir: string, which: Which): Figures {
  const phases = which === 'ours' ? ourPhases(build.log) : {};
  const extras = (phases['offline editions s'] ?? 0) + (phases['output scan s'] ?? 0);
  return {
    'build s': build.seconds,
    ...(which === 'ours' ? { 'build s without editions and scan': build.seconds - extras, ...phases } : {}),
    'build peak MB': build.peakMb,
    'HTML pages': countFiles(outDir, /\.html$/),
    'output MB': folderBytes(outDir) / 1e6,
    'output MB without downloads': (folderBytes(outDir) - folderBytes(join(outDir, 'downloads'))) / 1e6,
    'pagefind index MB': folderBytes(join(outDir, 'pagefind')) / 1e6,
  };
}

/** Appends a sentence to one entry, as an editor's small fix would. */
function editOneEntry(file: string) {
  appendFileSync(file, '\nAn editor adds one sentence to this entry before the incremental build.\n');
}

const astroVersion = packageVersion(root, 'astro')!;
const starlight = withStarlight ? starlightProject(work, astroVersion) : undefined;
const projects: Record<Which, string | undefined> = { ours: root, starlight };
const browser = await launchBrowser();
const versions = {
  node: process.version,
  astro: astroVersion,
  pagefind: packageVersion(root, 'pagefind'),
  starlight: starlight ? packageVersion(starlight, '@astrojs/starlight') : null,
  'starlight pagefind': starlight ? packageVersion(starlight, 'pagefind') : null,
  chromium: browser.version(),
};
const fmt = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
const written: string[] = [];

try {
  for (const [index, n] of sizes.entries()) {
    const corpus = syntheticCorpus(n);
    const content = join(work, `content-${n}`);
    writeCorpus(content, corpus);
    if (starlight) toStarlight(corpus, join(starlight, 'src', 'content', 'docs'));
    const sides: Which[] = starlight ? ['ours', 'starlight'] : ['ours'];
    const samples: Record<Which, Figures[]> = { ours: [], starlight: [] };
    const buildEnv = (which: Which) => (which === 'ours' ? { COUNTERPOINT_CONTENT: content } : {});
    const outDir = (which: Which) => join(work, `dist-${which}-${n}`);
    const runs = runsAt(index);
    for (let run = 0; run < runs; run++) {
      const order = (run + index) % 2 === 0 ? sides : [...sides].reverse();
      for (const which of order) {
        console.log(`n=${n} run ${run + 1}/${runs}: full build with ${which}…`);
        clearCaches(projects[which]!);
        const build = timedBuild(projects[which]!, buildEnv(which), outDir(which));
        samples[which].push({
          ...buildFigures(build, outDir(which), which),
          ...(await measureSite(browser, outDir(which), which)),
        });
      }
    }
    // Incremental: the caches of each side's last full build are still there.
    const incremental: Partial<Record<Which, Figures>> = {};
    for (const which of index % 2 === 0 ? sides : [...sides].reverse()) {
      const lastFull = samples[which].at(-1)!['build s'] as number;
      if (lastFull > incrementalLimit) {
        console.log(
          `n=${n}: no incremental build with ${which}: its full build took ${lastFull.toFixed(0)} s (--incremental-limit ${incrementalLimit})`,
        );
        incremental[which] = { 'incremental build s': null, 'incremental peak MB': null };
        continue;
      }
      console.log(`n=${n}: incremental build with ${which} after editing one entry…`);
      editOneEntry(
        which === 'ours'
          ? join(content, 'tactics', 'tactic-1.mdx')
          : join(starlight!, 'src', 'content', 'docs', 'tactics', 'tactic-1.mdx'),
      );
      const build = timedBuild(projects[which]!, buildEnv(which), outDir(which));
      incremental[which] = { 'incremental build s': build.seconds, 'incremental peak MB': build.peakMb };
    }
    const med = (list: Figures[]) =>
      Object.fromEntries(
        Object.keys(list[0]!).map((k) => [
          k,
          list.some((f) => f[k] === null) ? null : median(list.map((f) => f[k] as number)),
        ]),
      );
    const result: Record<string, Figures> = {};
    for (const which of sides) {
      const full = med(samples[which]);
      const inc = incremental[which]!;
      result[which] = {
        ...full,
        ...inc,
        'incremental / full build':
          inc['incremental build s'] === null
            ? null
            : (inc['incremental build s'] as number) / (full['build s'] as number),
      };
    }
    console.log(`\nN = ${n} (medians of ${runs} full build${runs === 1 ? '' : 's'} per site; one incremental build)`);
    console.log(`${'figure'.padEnd(40)}${'ours'.padStart(12)}${'Starlight'.padStart(12)}${'ratio'.padStart(9)}`);
    for (const key of Object.keys(result['ours']!)) {
      const a = result['ours']![key] ?? null;
      const b = result['starlight']?.[key] ?? null;
      const ratio = a !== null && b ? (a / b).toFixed(2) : '—';
      console.log(`${key.padEnd(40)}${fmt(a).padStart(12)}${fmt(b).padStart(12)}${ratio.padStart(9)}`);
    }
    // One file per N, written as soon as it is measured: a long run that stops keeps what it has.
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}-n${n}.json`);
    writeFileSync(
      file,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          n,
          cores: cpus().length,
          memoryGb: Math.round(totalmem() / 2 ** 30),
          runs,
          typeDelayMs: typeDelay,
          query,
          engineQueries,
          method:
            'bench v2: cold full builds in alternating order; bytes as transferred; search from opening on a content page; Pagefind API timed alike on both indexes',
          versions,
          results: { ...result, samples },
        },
        null,
        2,
      )}\n`,
    );
    written.push(file);
    for (const which of sides) rmSync(outDir(which), { recursive: true, force: true });
  }
} finally {
  await browser.close();
  clearCaches(root);
  rmSync(work, { recursive: true, force: true });
}
console.log(`\nwrote ${written.join('\n      ')}`);
