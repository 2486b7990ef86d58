import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgrounds } from '../../../src/loading/site-config.ts';

// The contrast check measures site.json's accents against these two colours; if the
// stylesheet's page backgrounds move and this copy does not, it checks the wrong pair.
describe('the contrast check uses the page backgrounds the stylesheet paints', () => {
  const css = readFileSync(new URL('../../../src/styles/01-tokens.css', import.meta.url), 'utf8');
  const [light, dark] = [...css.matchAll(/--bg:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => m[1]!.toLowerCase());
  it('light', () => expect(backgrounds.light).toBe(light));
  it('dark (inside prefers-color-scheme: dark)', () => {
    expect(css.indexOf(`--bg: ${dark}`)).toBeGreaterThan(css.indexOf('prefers-color-scheme: dark'));
    expect(backgrounds.dark).toBe(dark);
  });
});
