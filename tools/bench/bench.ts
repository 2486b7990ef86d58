#!/usr/bin/env node
/**
 * npm run bench [-- --n 1000] [--runs 3] [--no-starlight]
 * Builds a synthetic corpus with this generator and with Astro Starlight (installed into
 * a temporary folder, never a dependency), alternating runs, then measures the built
 * sites in headless Chromium. Prints medians and ours/Starlight ratios, and writes JSON
 * to bench/results/. Figures, not pass/fail: nothing here is a test.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { serveStatic } from './static-server.ts';
import { syntheticCorpus, type CorpusFile } from './synthetic-corpus.ts';

const usage =
  'usage: npm run bench [-- --n 100,1000,5000] [--runs 3] [--type-delay 100] [--no-starlight] [--lighthouse]';
const args = parseArgs(
  process.argv.slice(2),
  { n: 'path', runs: 'number', 'type-delay': 'number', 'no-starlight': 'flag', lighthouse: 'flag' },
  usage,
);
const sizes = (args.n ?? '100,1000,5000').split(',').map((s) => {
  if (!/^\d+$/.test(s) || Number(s) < 10) {
    console.error(`--n takes whole numbers of at least 10, separated by commas, not "${s}"\n${usage}`);
    process.exit(2);
  }
  return Number(s);
});
const runs = Number(args.runs ?? 3);
// Milliseconds between keystrokes when typing a query: 100 ms is a fast typist (about
// 120 words a minute). 0 types as fast as the browser accepts input, a stress test.
const typeDelay = Number(args['type-delay'] ?? 100);
const withStarlight = !args['no-starlight'];
const withLighthouse = !!args.lighthouse;
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

type Figures = Record<string, number | null>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function writeCorpus(dir: string, files: CorpusFile[]) {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((sum, name) => {
    const p = join(dir, name);
    const s = statSync(p);
    return sum + (s.isDirectory() ? folderBytes(p) : s.size);
  }, 0);
}

/** Runs a build under /usr/bin/time to get wall time and peak memory of the whole process tree's largest process. */
function timedBuild(
  cwd: string,
  extraEnv: Record<string, string>,
  outDir: string,
): { seconds: number; peakMb: number | null } {
  rmSync(outDir, { recursive: true, force: true });
  const started = performance.now();
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const astro = join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const argv = hasTime
    ? ['-f', 'peak-kb %M', process.execPath, astro, 'build', '--outDir', outDir]
    : [astro, 'build', '--outDir', outDir];
  const result = spawnSync(command, argv, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const peak = /peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : null };
}

/**
 * Astro's content-layer cache remembers the folder it last read. After a build of another
 * content folder (a previous bench, or another N) it can point at files that are gone, so
 * the cache is cleared whenever the corpus changes, and again at the end for the next build.
 */
function clearAstroCache() {
  for (const dir of [join(root, '.astro'), join(root, 'node_modules', '.astro')])
    rmSync(dir, { recursive: true, force: true });
}

/** A Starlight project in a temporary folder, installed from the npm registry once. */
function starlightProject(): string {
  const dir = join(work, 'starlight');
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8'))
    .version as string;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest', '@astrojs/markdown-remark': '^7.3.0' },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Benchmark corpus' })] });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  console.log('installing Starlight into a temporary folder…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', env });
  return dir;
}

/** Lighthouse, installed from the npm registry into the temporary folder (never a dependency). */
let lighthouseCli: string | undefined;
function installLighthouse(): string {
  const dir = join(work, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bench-lighthouse', private: true, dependencies: { lighthouse: 'latest' } }),
  );
  console.log('installing Lighthouse into a temporary folder…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit', env });
  return join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
}

/**
 * Lighthouse's four category scores (0-100) for one URL, with its default mobile throttling,
 * against Debian's Chromium. Asynchronous, because the static server it loads pages from
 * runs in this process and must keep answering.
 */
async function lighthouseScores(url: string): Promise<Figures> {
  lighthouseCli ??= installLighthouse();
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ],
    {
      env: { ...env, CHROME_PATH: chromiumPath },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const report = JSON.parse(out) as { categories: Record<string, { score: number | null }> };
  const score = (id: string) => (report.categories[id]?.score ?? 0) * 100;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best practices': score('best-practices'),
    seo: score('seo'),
  };
}

const prefixed = (prefix: string, figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix} ${k}`, v]));

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

interface PageFigures {
  bytes: number;
  gzipBytes: number;
  requests: number;
  jsGzipBytes: number;
  cssFiles: number;
  loadMs: number;
}

async function measurePage(browser: Browser, url: string): Promise<PageFigures> {
  const page = await browser.newPage();
  const reads: Promise<{ url: string; type: string; size: number; gzip: number } | undefined>[] = [];
  page.on('response', (r) => {
    reads.push(
      r.body().then(
        (body) => ({
          url: r.url(),
          type: r.request().resourceType(),
          size: body.byteLength,
          gzip: gzipSync(body).byteLength,
        }),
        () => undefined, // redirects have no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const bodies = (await Promise.all(reads)).filter((b) => b !== undefined);
  const loadMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  // Scripts inlined in the HTML count as JavaScript too.
  const inline = await page.evaluate(() =>
    [...document.scripts]
      .filter((s) => !s.src && s.type !== 'application/json')
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  await page.close();
  return {
    bytes: bodies.reduce((s, b) => s + b.size, 0),
    gzipBytes: bodies.reduce((s, b) => s + b.gzip, 0),
    requests: bodies.length,
    jsGzipBytes:
      bodies.filter((b) => b.type === 'script' || /\.m?js$/.test(b.url)).reduce((s, b) => s + b.gzip, 0) +
      (inline ? gzipSync(inline).byteLength : 0),
    cssFiles: bodies.filter((b) => b.type === 'stylesheet').length,
    loadMs,
  };
}

/** Opens search, types a query, and measures bytes fetched until the first results and the time from the last keystroke. */
async function measureSearch(
  browser: Browser,
  url: string,
  open: (p: Page) => Promise<string>,
  resultSelector: string,
  query: string,
): Promise<{ firstQueryGzipBytes: number; warmMs: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const reads: Promise<number>[] = [];
  page.on('response', (r) => {
    reads.push(
      r.body().then(
        (body) => gzipSync(body).byteLength,
        () => 0,
      ),
    );
  });
  const input = await open(page);
  await page.type(input, query);
  await page.waitForSelector(resultSelector);
  // Count everything the first query fetched: wait until no response has arrived for
  // half a second, then until every body has been read.
  for (let seen = -1; seen !== reads.length; ) {
    seen = reads.length;
    await page.waitForTimeout(500);
  }
  const firstQueryGzipBytes = (await Promise.all(reads.slice())).reduce((sum, n) => sum + n, 0);
  // Warm index: clear, type again, time from the last keystroke to results on screen.
  await page.fill(input, '');
  await page.waitForFunction((sel) => !document.querySelector(sel), resultSelector);
  await page.type(input, query.slice(0, -1), { delay: typeDelay });
  await page.waitForTimeout(typeDelay);
  const t0 = await page.evaluate(() => performance.now());
  await page.type(input, query.slice(-1));
  await page.waitForSelector(resultSelector);
  const t1 = await page.evaluate(() => performance.now());
  await page.close();
  return { firstQueryGzipBytes, warmMs: t1 - t0 };
}

async function measureSite(browser: Browser, dist: string, which: 'ours' | 'starlight'): Promise<Figures> {
  const server = await serveStatic(dist, '/');
  try {
    const content = await measurePage(browser, `${server.origin}/tactics/tactic-1/`);
    const chart = which === 'ours' ? await measurePage(browser, `${server.origin}/explainers/network/`) : undefined;
    const search =
      which === 'ours'
        ? await measureSearch(
            browser,
            `${server.origin}/search/`,
            async () => '#search-q',
            '[data-search-results] li',
            'extradition',
          )
        : await measureSearch(
            browser,
            `${server.origin}/tactics/tactic-1/`,
            async (p) => {
              await p.click('site-search button[data-open-modal]');
              return '.pagefind-ui__search-input';
            },
            '.pagefind-ui__result',
            'extradition',
          );
    return {
      'content page bytes (gzip)': content.gzipBytes,
      'content page requests': content.requests,
      'content page JS bytes (gzip)': content.jsGzipBytes,
      'content page CSS files': content.cssFiles,
      'content page load ms': content.loadMs,
      'chart page bytes (gzip)': chart?.gzipBytes ?? null,
      'chart page JS bytes (gzip)': chart?.jsGzipBytes ?? null,
      'search first-query bytes (gzip)': search.firstQueryGzipBytes,
      'search warm ms': search.warmMs,
      ...(withLighthouse
        ? prefixed('lighthouse content', await lighthouseScores(`${server.origin}/tactics/tactic-1/`))
        : {}),
      ...(withLighthouse
        ? prefixed(
            'lighthouse chart',
            which === 'ours'
              ? await lighthouseScores(`${server.origin}/explainers/network/`)
              : { performance: null, accessibility: null, 'best practices': null, seo: null },
          )
        : {}),
    };
  } finally {
    await server.close();
  }
}

const results: Record<string, { ours: Figures; starlight?: Figures }> = {};
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const starlight = withStarlight ? starlightProject() : undefined;
try {
  for (const n of sizes) {
    const corpus = syntheticCorpus(n);
    const content = join(work, `content-${n}`);
    writeCorpus(content, corpus);
    if (starlight) toStarlight(corpus, join(starlight, 'src', 'content', 'docs'));
    clearAstroCache();
    const samples: Record<'ours' | 'starlight', Figures[]> = { ours: [], starlight: [] };
    for (let run = 0; run < runs; run++) {
      // Alternate the two generators so machine noise falls on both alike.
      for (const which of starlight ? (['ours', 'starlight'] as const) : (['ours'] as const)) {
        const outDir = join(work, `dist-${which}-${n}`);
        console.log(`n=${n} run ${run + 1}/${runs}: building with ${which}…`);
        const build =
          which === 'ours'
            ? timedBuild(root, { COUNTERPOINT_CONTENT: content }, outDir)
            : timedBuild(starlight!, {}, outDir);
        const figures: Figures = {
          'build s': build.seconds,
          'build peak MB': build.peakMb,
          'output MB': folderBytes(outDir) / 1e6,
          'pagefind index MB': folderBytes(join(outDir, 'pagefind')) / 1e6,
          ...(await measureSite(browser, outDir, which)),
        };
        samples[which].push(figures);
      }
    }
    const med = (list: Figures[]) =>
      Object.fromEntries(
        Object.keys(list[0]!).map((k) => [k, list[0]![k] === null ? null : median(list.map((f) => f[k] as number))]),
      );
    results[String(n)] = { ours: med(samples.ours), ...(starlight ? { starlight: med(samples.starlight) } : {}) };
  }
} finally {
  await browser.close();
  clearAstroCache();
}

const fmt = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(2);
for (const [n, r] of Object.entries(results)) {
  console.log(`\nN = ${n} (medians of ${runs} run${runs === 1 ? '' : 's'})`);
  console.log(`${'figure'.padEnd(34)}${'ours'.padStart(12)}${'Starlight'.padStart(12)}${'ratio'.padStart(9)}`);
  for (const key of Object.keys(r.ours)) {
    const a = r.ours[key] ?? null;
    const b = r.starlight?.[key] ?? null;
    const ratio = a !== null && b ? (a / b).toFixed(2) : '—';
    console.log(`${key.padEnd(34)}${fmt(a).padStart(12)}${fmt(b).padStart(12)}${ratio.padStart(9)}`);
  }
}
const versions = {
  node: process.version,
  astro: JSON.parse(readFileSync(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version,
  pagefind: JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version,
  starlight: starlight
    ? JSON.parse(readFileSync(join(starlight, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')).version
    : null,
  chromium: browser.version(),
  lighthouse: lighthouseCli
    ? JSON.parse(readFileSync(join(dirname(dirname(lighthouseCli)), 'package.json'), 'utf8')).version
    : null,
};
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}-n${sizes.join('-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, runs, typeDelayMs: typeDelay, versions, results }, null, 2)}\n`,
);
console.log(`\nwrote ${file}`);
rmSync(work, { recursive: true, force: true });
