/**
 * The offline editions as readers get them: each ZIM file checked by zimcheck and served by
 * kiwix-serve, and the zipped folder unpacked and opened over file:// with the network blocked.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const dist = join(process.cwd(), 'dist');
const downloads = join(dist, 'downloads');
const zims = readdirSync(downloads).filter((f) => f.endsWith('.zim'));
const zip = readdirSync(downloads).find((f) => f.endsWith('.zip'))!;
const firstIn = (folder: string) => readdirSync(join(dist, folder)).filter((f) => !f.includes('.'))[0]!;
/** A home page, an entry, an explainer and a module page: the kinds of page the site has. */
const samplePages = [
  'index.html',
  `tactics/${firstIn('tactics')}/index.html`,
  'explainers/network/index.html',
  `modules/${firstIn('modules')}/index.html`,
  'search/index.html',
];

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('offline editions', () => {
  const { newContext } = useBrowser();

  test('the build wrote a ZIM file per language and a zipped folder, listed with checksums', () => {
    expect(zims.length).toBeGreaterThan(0);
    expect(zip).toBeTruthy();
    const page = readFileSync(join(downloads, 'index.html'), 'utf8');
    const sums = readFileSync(join(downloads, 'SHA256SUMS'), 'utf8');
    for (const file of [...zims, zip]) {
      expect(page).toContain(file);
      const line = sums.split('\n').find((l) => l.endsWith(`  ${file}`));
      expect(line, `${file} in SHA256SUMS`).toBeTruthy();
      const sha = spawnSync('sha256sum', [join(downloads, file)], { encoding: 'utf8' }).stdout.split(' ')[0]!;
      expect(line!.split(' ')[0]).toBe(sha);
      expect(page).toContain(sha);
    }
  });

  test.each(zims)('zimcheck reports no error in %s', (file) => {
    const run = spawnSync('zimcheck', ['-A', '-D', join(downloads, file)], { encoding: 'utf8' });
    const summary = run.stdout.split('\n').filter((l) => /ERROR|Overall|WARNING/.test(l));
    console.log(`zimcheck ${file}: ${summary.join(' | ')}`);
    expect(run.stdout).toContain('Overall Test Status: Pass');
    expect(run.status).toBe(0);
  });

  describe.each(zims)('%s served by kiwix-serve', (file) => {
    const book = file.replace(/\.zim$/, '');
    // The file's own language: its home page and an entry, besides the shared sample (a
    // language other than the default has its pages under <code>/, and its switcher and
    // alternates must not lead to the languages this file leaves out).
    const code = /-([a-z]{2,3})\.zim$/.exec(file)?.[1] ?? '';
    const own = code && existsSync(join(dist, code, 'index.html')) ? `${code}/` : '';
    const pages = [...new Set([...samplePages, `${own}index.html`, `${own}tactics/${firstIn('tactics')}/index.html`])];
    let server: ChildProcess;
    let origin = '';
    beforeAll(async () => {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      // --nosearchbar: test the file's own pages, not Kiwix's toolbar around them.
      server = spawn('kiwix-serve', ['--nosearchbar', '-i', '127.0.0.1', '-p', String(port), join(downloads, file)], {
        stdio: 'ignore',
      });
      for (let i = 0; i < 100; i++) {
        const ok = await fetch(`${origin}/${book}/index.html`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('kiwix-serve did not start');
    });
    afterAll(() => {
      server?.kill();
    });

    test('the sample pages load with every internal link resolving and no request outside the file', async () => {
      const context = await newContext();
      const outside: string[] = [];
      const failed: string[] = [];
      context.on('request', (r) => {
        if (!r.url().startsWith(`${origin}/${book}/`)) outside.push(r.url());
      });
      context.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      const page = await context.newPage();
      const broken: string[] = [];
      for (const path of pages) {
        await page.goto(`${origin}/${book}/${path}`);
        await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
        const links = await page.$$eval('a[href]', (as) =>
          as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
        );
        for (const link of new Set(links.map((l) => l.split('#')[0]!))) {
          if (!link.startsWith(origin)) continue;
          const status = (await fetch(link)).status;
          if (status !== 200) broken.push(`${path} -> ${link} (${status})`);
        }
      }
      await context.close();
      expect(broken).toEqual([]);
      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
    });

    test("Kiwix's full-text search finds an entry by its title", async () => {
      const path = samplePages[1]!;
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(dist, path), 'utf8'))![1]!;
      const results = await (
        await fetch(`${origin}/search?books.name=${book}&pattern=${encodeURIComponent(title)}`)
      ).text();
      expect(results).toContain(`/${book}/${path}`);
    });
  });

  describe('the zipped folder, opened over file://', () => {
    let root = '';
    beforeAll(() => {
      const temp = mkdtempSync(join(tmpdir(), 'counterpoint-portable-'));
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(downloads, zip))))) {
        if (name.endsWith('/')) continue;
        mkdirSync(dirname(join(temp, name)), { recursive: true });
        writeFileSync(join(temp, name), bytes);
      }
      root = join(temp, readdirSync(temp)[0]!);
    });
    afterAll(() => rmSync(dirname(root), { recursive: true, force: true }));

    test('every internal link of the sample pages resolves to a file, styled, with the network blocked', async () => {
      const context = await newContext();
      const network: string[] = [];
      await context.route('**/*', (route) => {
        if (route.request().url().startsWith('file:')) return route.continue();
        network.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      const broken: string[] = [];
      for (const path of samplePages) {
        await page.goto(pathToFileURL(join(root, path)).href);
        // The stylesheet loaded from the folder: the page is not in the browser's default serif.
        const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        expect(font, path).not.toMatch(/^"?Times/);
        const links = await page.$$eval('a[href]', (as) =>
          as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
        );
        for (const link of new Set(links.map((l) => l.split('#')[0]!))) {
          if (!link.startsWith('file:')) continue;
          if (!existsSync(fileURLToPath(link))) broken.push(`${path} -> ${link}`);
        }
      }
      // The search page says plainly that search can't run from a folder, and lists every entry.
      await page.goto(pathToFileURL(join(root, 'search/index.html')).href);
      await expect(page.getByRole('note').first().isVisible()).resolves.toBe(true);
      await context.close();
      expect(broken).toEqual([]);
      expect(network).toEqual([]);
    });
  });
});
