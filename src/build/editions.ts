/**
 * The offline editions of a finished build: the whole site as a folder that works from a
 * USB stick or over file:// (zipped), one ZIM file per language for Kiwix, and the module
 * kits the build already wrote; then the downloads page's table with sizes and checksums.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { type EditionFile, editionsPlaceholder, editionsTable } from './editions-table.ts';
import { stringsFor } from '../i18n/strings.ts';
import { escapeHtml } from '../site/html.ts';
import { dropLinksTo, portableCss, portableHtml, rootFrom } from './portable.ts';

export interface EditionLocale {
  /** BCP 47 code, e.g. en, ru, ar. */
  code: string;
  /** Folder of the language's pages inside the build: '' for the default language, 'ru/' for others. */
  prefix: string;
  /** The language's name in English, for the downloads table. */
  label: string;
}

export interface EditionsOptions {
  /** The finished build (dist/). */
  dist: string;
  base: string;
  title: string;
  description: string;
  publisher: string;
  /** A 48x48 PNG for Kiwix's library, or undefined to skip the ZIM files. */
  illustration: string | undefined;
  locales: EditionLocale[];
  /** Name used in file names, e.g. counterpoint. */
  slug: string;
  /** zimwriterfs to pack with; undefined when it is not installed (the ZIM files are then skipped). */
  zimwriterfs: string | undefined;
  log(message: string): void;
}

/** Where the editions go inside the build, and what an edition itself leaves out. */
export const downloadsDir = 'downloads';

/** ISO 639-3 codes, which ZIM metadata requires, for the languages the generator ships strings for. */
const iso6393: Record<string, string> = { en: 'eng', ru: 'rus', ar: 'ara', fr: 'fra', es: 'spa', zh: 'zho', fa: 'fas' };

/** Every file of a folder, as paths relative to it with forward slashes. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, full) : [relative(root, full).split('\\').join('/')];
  });
}

export type PortableMode = 'folder' | 'zim';

/**
 * The note an edition adds under the search page's heading, saying where search can't run,
 * in the page's own language (its <html lang>), from the UI strings.
 */
export function searchNote(mode: PortableMode, lang: string): string {
  const t = stringsFor(lang).ui.editionNotes;
  const text =
    mode === 'folder'
      ? `<strong>${escapeHtml(t.folderTitle)}</strong> ${escapeHtml(t.folder).replace('{command}', '<code>python3 -m http.server</code>')}`
      : `<strong>${escapeHtml(t.zimTitle)}</strong> ${escapeHtml(t.zim)}`;
  return `<p class="edition-note" role="note">${text}</p>`;
}

/** One file of a portable copy: its path inside the copy, and its bytes (or the file to copy them from). */
export interface PortableFile {
  path: string;
  /** Rewritten text, or undefined when the file is copied as it is from `source`. */
  text?: string;
  source: string;
}

/**
 * The files of a portable copy of the build: relative addresses everywhere, no downloads
 * (an edition cannot hold itself), a note on the search page saying where search can't
 * run. In a ZIM the site's search hands over to Kiwix's, so its index is left out.
 * `leaveOut` names folders of the build to leave out, e.g. ['ar/'] (another language's
 * pages): the copy's links to them are taken out too (see dropLinksTo). A generator, so
 * the zip can take one file at a time instead of a copy of the whole site on disk.
 */
export function* portableFiles(
  dist: string,
  { base, mode, leaveOut = [] }: { base: string; mode: PortableMode; leaveOut?: readonly string[] },
): Generator<PortableFile> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const leftOut = leaveOut.map((prefix) => `${root}${prefix}`);
  for (const path of listFiles(dist)) {
    if (path.startsWith(`${downloadsDir}/`) && !path.endsWith('.html')) continue;
    if (mode === 'zim' && path.startsWith('pagefind/')) continue;
    if (leaveOut.some((prefix) => path.startsWith(prefix))) continue;
    const source = join(dist, path);
    if (path.endsWith('.html')) {
      const page = dropLinksTo(readFileSync(source, 'utf8'), leftOut);
      let html = portableHtml(page, path, base);
      if (mode === 'zim')
        html = html
          .replace(/<html /, '<html data-search="kiwix" ')
          // The live search form can't run without the index; the page points to Kiwix's search.
          .replace(/(<form[^>]*data-search-form[^>]*)>/, '$1 hidden>');
      if (/(^|\/)search\/index\.html$/.test(path)) {
        const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
        html = html.replace(/(<\/h1>)/, `$1${searchNote(mode, lang)}`);
      }
      html = html.replace(editionsPlaceholder, editionsTable([], { root: rootFrom(path), link: false }));
      yield { path, text: html, source };
    } else if (path.endsWith('.css')) {
      yield { path, text: portableCss(readFileSync(source, 'utf8'), path, base), source };
    } else {
      yield { path, source };
    }
  }
}

/** Writes a portable copy of the build into the folder `out` (see portableFiles). Returns the paths written. */
export function writePortableCopy(
  dist: string,
  out: string,
  options: { base: string; mode: PortableMode; leaveOut?: readonly string[] },
): string[] {
  const written: string[] = [];
  for (const file of portableFiles(dist, options)) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (file.text === undefined) copyFileSync(file.source, target);
    else writeFileSync(target, file.text);
    written.push(file.path);
  }
  return written;
}

// Level 6, not 9: on a 5,000-entry site 9 took a third longer for a zip 0.01% smaller.
// Pagefind's index files are gzip already and images are compressed: deflating them again
// costs time and saves nothing, so the zip stores them as they are.
const storedAsIs = /\.(pf_fragment|pf_index|pf_filter|pf_meta|png|jpe?g|webp|gif|woff2|zip|zim|gz)$/i;

/**
 * Zips the portable copy straight from the build, one file at a time, into `zipFile`:
 * no temporary copy on disk and never the whole site in memory.
 */
export function zipPortableCopy(dist: string, zipFile: string, { base, folder }: { base: string; folder: string }) {
  const fd = openSync(zipFile, 'w');
  try {
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
    });
    for (const file of portableFiles(dist, { base, mode: 'folder' })) {
      const name = `${folder}/${file.path}`;
      const entry = storedAsIs.test(file.path) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(file.text === undefined ? readFileSync(file.source) : strToU8(file.text), true);
    }
    zip.end();
  } finally {
    closeSync(fd);
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function describe(dist: string, path: string, label: string): EditionFile {
  const file = join(dist, path);
  return { path, label, bytes: statSync(file).size, sha256: sha256(file) };
}

/** ZIM metadata limits that zimcheck enforces: a title of 30 characters, a description of 80. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * makeEditions with its messages collected instead of logged, so it can run in a fresh
 * process (src/build/in-fresh-process.ts) and hand everything back as JSON.
 */
export function makeEditionsQuietly(options: Omit<EditionsOptions, 'log'>): {
  files: EditionFile[];
  messages: string[];
} {
  const messages: string[] = [];
  const files = makeEditions({ ...options, log: (m) => messages.push(m) });
  return { files, messages };
}

/** Builds every edition into dist/downloads/ and fills in the downloads page. Returns the files. */
export function makeEditions(options: EditionsOptions): EditionFile[] {
  const { dist, base, locales, slug, log } = options;
  const work = mkdtempSync(join(tmpdir(), 'counterpoint-editions-'));
  const files: EditionFile[] = [];
  try {
    mkdirSync(join(dist, downloadsDir), { recursive: true });

    // The folder edition: the whole site, every language, zipped.
    const zipPath = `${downloadsDir}/${slug}-offline-site.zip`;
    zipPortableCopy(dist, join(dist, zipPath), { base, folder: slug });
    files.push(describe(dist, zipPath, 'The whole site as a folder, for a USB stick or a browser'));

    // One ZIM file per language: its own pages plus the shared assets, opening on its home page.
    if (!options.zimwriterfs || !options.illustration) {
      log(
        !options.zimwriterfs
          ? 'ZIM files skipped: zimwriterfs is not installed (Debian: apt-get install zim-tools; . .ci/provision does it)'
          : 'ZIM files skipped: site.json names no 48x48 PNG illustration',
      );
    } else {
      const others = (code: string) => locales.filter((l) => l.code !== code && l.prefix).map((l) => l.prefix);
      for (const locale of locales) {
        const dir = join(work, `zim-${locale.code}`);
        writePortableCopy(dist, dir, { base, mode: 'zim', leaveOut: others(locale.code) });
        copyFileSync(options.illustration, join(dir, 'illustration-48.png'));
        const zimPath = `${downloadsDir}/${slug}-${locale.code}.zim`;
        const language = iso6393[locale.code.split('-')[0]!] ?? locale.code;
        const args = [
          `--welcome=${locale.prefix}index.html`,
          '--illustration=illustration-48.png',
          `--language=${language}`,
          `--title=${clip(options.title, 30)}`,
          `--description=${clip(options.description, 80)}`,
          `--creator=${options.publisher}`,
          `--publisher=${options.publisher}`,
          `--name=${slug}_${locale.code}_all`,
          '--tags=_category:other;_pictures:yes;_videos:no;_details:yes',
          '--threads=2',
          dir,
          join(dist, zimPath),
        ];
        rmSync(join(dist, zimPath), { force: true });
        const run = spawnSync(options.zimwriterfs, args, { encoding: 'utf8' });
        if (run.status !== 0) {
          const why = `${run.stderr}${run.stdout}`.trim().split('\n').pop() ?? `exit ${run.status}`;
          throw new Error(`zimwriterfs failed for ${locale.code}: ${why}`);
        }
        files.push(describe(dist, zimPath, `The whole site for Kiwix (${locale.label})`));
      }
    }

    // The training kits the build already wrote, one self-contained file per module and language.
    const kitPath = /^(?:([^/]+)\/)?modules\/([^/]+)\/[^/]+-offline\.html$/;
    const kits = listFiles(dist)
      .map((p) => ({ path: p, m: kitPath.exec(p) }))
      .filter((k): k is { path: string; m: RegExpExecArray } => k.m !== null)
      .map(({ path, m }) => ({ path, id: m[2]!, locale: locales.find((l) => l.code === m[1]) }))
      .sort((a, b) => a.id.localeCompare(b.id) || (a.locale?.code ?? '').localeCompare(b.locale?.code ?? ''));
    for (const { path, id, locale } of kits) {
      // The module's own title, from the heading of its learner page in the kit's language.
      const learner = join(dist, locale?.prefix ?? '', 'modules', id, 'index.html');
      const heading = existsSync(learner)
        ? /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(learner, 'utf8'))?.[1]
        : undefined;
      const title = heading?.trim() || id;
      files.push(describe(dist, path, `Training kit: ${title}${locale ? ` (${locale.label})` : ''}`));
    }

    writeFileSync(
      join(dist, downloadsDir, 'SHA256SUMS'),
      files.map((f) => `${f.sha256}  ${f.path.split('/').pop()}\n`).join(''),
    );
    const page = join(dist, downloadsDir, 'index.html');
    if (existsSync(page)) {
      const html = readFileSync(page, 'utf8');
      writeFileSync(page, html.replace(editionsPlaceholder, editionsTable(files, { root: base, link: true })));
    }
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
