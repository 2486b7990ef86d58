#!/usr/bin/env node
/**
 * npm run build [-- --outDir <folder>] [--debug]
 * Builds the site atomically: the content check runs first (in this process, so broken
 * content fails in a second without starting Astro); Astro then builds into a temporary
 * folder beside the output, and only when everything succeeded (pages, Pagefind, offline
 * kits, the output scan) does that folder replace dist/. A failed build leaves the
 * previous dist/ exactly as it was. Errors are one line each, never a stack trace;
 * --debug shows Astro's full output.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { atomicBuild } from '../build/atomic.ts';
import { checkProject } from '../check/check-all.ts';
import { formatProblem, summarise } from '../check/problems.ts';
import { parseArgs } from './args.ts';

const usage = 'usage: npm run build [-- --outDir <folder>] [--debug]';
const args = parseArgs(process.argv.slice(2), { outDir: 'path', debug: 'flag' }, usage);
const projectRoot = process.cwd();
const outDir = resolve(projectRoot, args.outDir ?? 'dist');
const debug = Boolean(args.debug);

/** Lines Astro or Node print that only a developer of the generator can use. */
const noise = /^\s+at |^\s*\d+\s*\|| node:internal|^\s*\^+\s*$|^\s*Stack ?trace:?$/i;
/** Terminal colour codes, dropped before lines are matched. */
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Our own one-line problems (content check and output scan). */
const problemLine =
  /^\S[^:\n]*:\d+(:\d+)?: [^:]+: |^\S+\.(html|svg|css): (foreign resource|event handler|javascript: URL|meta refresh|base|script): /;

async function main(): Promise<number> {
  const check = checkProject(projectRoot);
  if (check.errors.length) {
    for (const p of check.errors) console.error(formatProblem(p));
    console.error(
      `\nThe content has ${summarise(check.problems)}; nothing was built and ${rel(outDir)}/ is unchanged.`,
    );
    return 1;
  }
  const built = await atomicBuild(outDir, async (temp) => {
    const { code, errors } = await astroBuild(temp);
    if (code === 0 && existsSync(join(temp, 'index.html'))) return true;
    const own = errors.filter((l) => problemLine.test(l));
    if (own.length) for (const l of own) console.error(l);
    else console.error(firstError(errors) ?? `astro build exited with code ${code}`);
    if (!debug) console.error('rerun with --debug for details');
    return false;
  });
  if (!built) {
    console.error(`The build failed; ${rel(outDir)}/ is unchanged.`);
    return 1;
  }
  console.log(`built into ${rel(outDir)}/`);
  return 0;
}

/** Runs astro build into a folder, passing its progress through and keeping its error lines. */
function astroBuild(dir: string): Promise<{ code: number; errors: string[] }> {
  return new Promise((done) => {
    const astro = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const child = spawn(process.execPath, [astro, 'build', '--outDir', dir], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const errors: string[] = [];
    const relay = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream, keep: boolean) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) handle(line);
      });
      stream.on('end', () => rest && handle(rest));
      const handle = (line: string) => {
        const plain = line.replace(ansi, '');
        errors.push(plain); // the bundler's error names itself on stdout ([UNRESOLVED_IMPORT] ...)
        if (debug) to.write(`${line}\n`);
        else if (!keep && !noise.test(plain) && !/\[ERROR\]|^\s*(Error|Hint|Location|Stack)/i.test(plain))
          to.write(`${line}\n`);
      };
    };
    relay(child.stdout!, process.stdout, false);
    relay(child.stderr!, process.stderr, true);
    child.on('close', (code) => done({ code: code ?? 1, errors }));
  });
}

/** The line that says what went wrong, without Astro's decoration. */
function firstError(lines: string[]): string | undefined {
  const candidates = lines.map((l) => l.trim()).filter((l) => l && !noise.test(l));
  // The bundler names the error itself ([NoImageMetadata] ..., [UNRESOLVED_IMPORT] ...);
  // otherwise take the first line that says what failed, and only then "Build failed in 2 s".
  const line =
    candidates.find((l) => /^\[[A-Za-z_]+\] |^\w*Error:/.test(l)) ??
    candidates.find((l) => /error|cannot|could not|not found/i.test(l) && !/Build failed in/.test(l)) ??
    candidates.find((l) => /failed/i.test(l));
  return line?.replace(/^\d{2}:\d{2}:\d{2}\s+/, '').replace(/^\[ERROR\]\s*(\[[^\]]+\]\s*)?/, '');
}

function rel(path: string): string {
  return path.startsWith(`${projectRoot}/`) ? path.slice(projectRoot.length + 1) : path;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    if (debug) console.error(error);
    else console.error('rerun with --debug for details');
    process.exitCode = 1;
  },
);
