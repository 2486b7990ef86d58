import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { edit, translatedFixture } from '../support/translation-fixture.ts';

/**
 * An editor changes an English entry after it was translated: `npm run check` and the
 * built /translations/ page must both say the translation is now outdated.
 */
describe('an English change marks its translation outdated', () => {
  const content = translatedFixture();
  edit(content, 'threats/domestic-opponents.mdx', (t) => t.replace('look abroad for help', 'look abroad for support'));
  const env = { ...process.env, COUNTERPOINT_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const outDir = mkdtempSync(join(tmpdir(), 'counterpoint-out-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('in the output of npm run check, per locale', () => {
    const run = spawnSync(process.execPath, ['src/cli/check.ts'], { env, encoding: 'utf8' });
    console.log(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('translations'))
        .join('\n'),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^translations ru: 0 translated, 1 outdated, \d+ missing$/m);
    expect(run.stdout).toMatch(/^translations ar: 1 translated, 0 outdated, \d+ missing$/m);
    expect(run.stdout).toMatch(
      /domestic-opponents\.ru\.mdx:\d+: translates: .*has changed since this translation was made/,
    );
  });

  test('on the built /translations/ page, and the page itself shows the outdated notice', () => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const table = readFileSync(join(outDir, 'translations/index.html'), 'utf8');
    const row = (key: string) => new RegExp(`<tr data-entry="${key}">([\\s\\S]*?)</tr>`).exec(table)?.[1] ?? '';
    expect(row('threats/domestic-opponents')).toMatch(/data-locale="ru" data-state="outdated"/);
    expect(row('pages/about')).toMatch(/data-locale="ar" data-state="translated"/);
    expect(row('pages/about')).toMatch(/data-locale="ru" data-state="missing"/);
    const page = readFileSync(join(outDir, 'ru/threats/domestic-opponents/index.html'), 'utf8');
    expect(page).toContain('Оригинал этой страницы изменился после перевода');
    expect(page).toContain('<h1 data-pagefind-weight="10">Внутренние оппоненты</h1>');
    // An untranslated entry falls back to English, marked as such.
    const fallback = readFileSync(join(outDir, 'ar/tactics/shared-watchlists/index.html'), 'utf8');
    expect(fallback).toMatch(/<html lang="ar" dir="rtl"/);
    expect(fallback).toContain('لم تُترجم هذه الصفحة إلى العربية بعد');
    expect(fallback).toMatch(/<div class="prose" lang="en" dir="ltr">/);
  });
});
