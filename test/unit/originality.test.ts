import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/content-files.ts';
import { moduleProse } from '../../src/loading/module-prose.ts';
import { ngrams, sharedRuns, words } from '../support/shared-runs.ts';

// The seed documents sit beside the repository (../shared/seeds), or where COUNTERPOINT_SEEDS
// points. They are not part of the repository, so a checkout without them skips the
// comparison (and says so) rather than failing for a missing file.
const seeds = process.env['COUNTERPOINT_SEEDS'] ?? join(process.cwd(), '..', 'shared', 'seeds');
const haveSeeds = existsSync(seeds);
if (!haveSeeds)
  console.warn(
    `originality: no seed documents at ${seeds}; set COUNTERPOINT_SEEDS to compare the content against them`,
  );
const runLength = 12;

describe('the content is written in its own words', () => {
  test('shared-run detection finds a copied run and ignores quoted ones', () => {
    const reference = ngrams(
      words('one two three four five six seven eight nine ten eleven twelve thirteen'),
      runLength,
    );
    expect(
      sharedRuns('Here: one two three four five six seven eight nine ten eleven twelve.', reference, runLength),
    ).toHaveLength(1);
    expect(
      sharedRuns('Here: "one two three four five six seven eight nine ten eleven twelve".', reference, runLength),
    ).toEqual([]);
  });

  test.skipIf(!haveSeeds)(
    `no run of ${runLength} or more words outside quotation marks matches the seed documents`,
    () => {
      const reference = new Set<string>();
      for (const f of readdirSync(seeds))
        for (const g of ngrams(words(readFileSync(join(seeds, f), 'utf8')), runLength)) reference.add(g);
      const { entries } = loadContent(join(process.cwd(), 'content'), process.cwd());
      const copied: string[] = [];
      for (const e of entries) {
        const data = e.data as Record<string, unknown>;
        const texts = [e.body, String(data['summary'] ?? ''), ...moduleProse(e.data).map((f) => f.text)];
        for (const t of texts)
          for (const run of sharedRuns(t, reference, runLength)) copied.push(`${e.file}: "${run}"`);
      }
      expect(copied).toEqual([]);
      expect(entries.length).toBeGreaterThan(100);
    },
  );
});
