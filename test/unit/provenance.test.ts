/**
 * Provenance: a link or a date the sources do not state is the editors' inference, and it
 * carries a one-line reason. The schema enforces the shape; these tests hold the rules on
 * hand-made entries, on the relation graph, and on the real corpus. (The built pages'
 * markers are checked in test/e2e/provenance.test.ts.)
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent, type RawEntry } from '../../src/loading/content-files.ts';
import { caseSchema } from '../../src/schemas/cases.ts';
import { counterSchema } from '../../src/schemas/counters.ts';
import { tacticSchema } from '../../src/schemas/tactics.ts';
import { buildGraph } from '../../src/site/graph.ts';

const reason = 'The paper files this under Threat I; the site also lists it here.';
const tactic = {
  title: 'A tactic',
  summary: 'A summary that is long enough to pass the check.',
  published: '2026-11-24',
  reviewed: '2026-11-26',
  threats: ['pro-democracy-groups', 'security-threats'],
};
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the schema holds the provenance rules', () => {
  test('an inferred link with its reason is accepted', () => {
    expect(tacticSchema.safeParse({ ...tactic, inferred: { threats: { 'security-threats': reason } } }).success).toBe(
      true,
    );
  });

  test('an inferred link without a reason, or with a one-word one, is refused', () => {
    for (const why of ['', 'Inferred.']) {
      const result = tacticSchema.safeParse({ ...tactic, inferred: { threats: { 'security-threats': why } } });
      expect(messages(result)).toEqual([
        'inferred.threats.security-threats: is too short; say in one line what the editors inferred it from and why',
      ]);
    }
  });

  test('marking a link the entry does not make, or a field that is not a relation, is refused', () => {
    const notListed = tacticSchema.safeParse({
      ...tactic,
      inferred: { threats: { 'aid-and-loan-conditionality': reason } },
    });
    expect(messages(notListed)).toEqual([
      'inferred.threats.aid-and-loan-conditionality: marks a link the entry does not make; add aid-and-loan-conditionality to threats, or remove this line',
    ]);
    const counter = counterSchema.safeParse({
      title: 'A counter',
      summary: 'A summary that is long enough to pass the check.',
      published: '2026-11-24',
      reviewed: '2026-11-26',
      answers: ['a-tactic'],
      whoCanAct: ['governments'],
      inferred: { whoCanAct: { governments: reason } },
    });
    expect(messages(counter)).toEqual([
      'inferred.whoCanAct: is not a relation this entry can mark as inferred; use one of: answers',
    ]);
  });

  test('an inferred date needs its reason', () => {
    const base = {
      title: 'A case',
      summary: 'A summary that is long enough to pass the check.',
      published: '2026-11-24',
      reviewed: '2026-11-26',
      date: '2022-08',
      tactics: ['x'],
    };
    expect(
      caseSchema.safeParse({ ...base, dateInferred: 'The article says only "last August"; the year is inferred.' })
        .success,
    ).toBe(true);
    expect(messages(caseSchema.safeParse({ ...base, dateInferred: ' ' }))).toEqual([
      'dateInferred: is too short; say in one line what the editors inferred it from and why',
    ]);
  });
});

describe('the relation graph carries the inference to the pages and the charts', () => {
  const graph = buildGraph([
    {
      collection: 'tactics',
      id: 'blacklists',
      data: {
        threats: ['pro-democracy-groups', 'security-threats'],
        inferred: { threats: { 'security-threats': reason } },
      },
    },
    { collection: 'counters', id: 'early-warning', data: { answers: ['blacklists'] } },
  ]);

  test('an edge the editors made holds their reason; a stated edge holds none', () => {
    const edges = graph.edges.filter((e) => e.from.id === 'blacklists');
    expect(edges.map((e) => [e.to.id, e.inferred])).toEqual([
      ['pro-democracy-groups', undefined],
      ['security-threats', reason],
    ]);
    const from = { collection: 'tactics' as const, id: 'blacklists' };
    expect(graph.inferredReason(from, { collection: 'threats', id: 'security-threats' }, 'threats')).toBe(reason);
    expect(graph.inferredReason(from, { collection: 'threats', id: 'pro-democracy-groups' })).toBeUndefined();
    expect(graph.inferredReason({ collection: 'counters', id: 'early-warning' }, from)).toBeUndefined();
  });
});

describe('the corpus marks what the sources do not state', () => {
  const { entries, problems } = loadContent(join(process.cwd(), 'content'), process.cwd());
  const of = (collection: string) => entries.filter((e) => e.collection === collection);
  const data = (e: RawEntry) => e.data as Record<string, unknown>;

  test('loads, so every inferred link names a real link and every inference has its reason', () => {
    expect(problems).toEqual([]);
    const reasons = entries.flatMap((e) => [
      ...Object.values((data(e)['inferred'] ?? {}) as Record<string, Record<string, string>>).flatMap(Object.values),
      ...(data(e)['dateInferred'] ? [data(e)['dateInferred'] as string] : []),
    ]);
    expect(reasons.length).toBeGreaterThan(20);
    expect(reasons.filter((r) => typeof r !== 'string' || r.trim().length < 20)).toEqual([]);
  });

  // The IFES paper gives the four threats and the collaborative responses as two separate
  // lists (its introduction), and of its threat sections only Threat I, pro-democracy groups,
  // is among the sources. Every tactic filed under another threat is therefore the site's link.
  test('every link from a tactic to a threat other than pro-democracy groups is marked as the editors’', () => {
    const unmarked = of('tactics').flatMap((t) => {
      const inferred = (data(t)['inferred'] as Record<string, Record<string, string>> | undefined)?.['threats'] ?? {};
      return (data(t)['threats'] as string[])
        .filter((threat) => threat !== 'pro-democracy-groups' && !inferred[threat])
        .map((threat) => `${t.file}: threats: ${threat}`);
    });
    expect(unmarked).toEqual([]);
  });

  // Each of these dates rests on something the sources do not say as such: a year from
  // outside the text, a month from a cited report's date, or a decade turned into a year.
  test('the dates the content review found inferred all say so', () => {
    const inferredDates = [
      'bachelet-xinjiang-report-2022',
      'hrc-xinjiang-debate-vote-2022',
      'russia-security-council-presidency-2023',
      'interpol-president-election-2021',
      'uae-red-notices-against-debtors',
      'us-congressional-concern-interpol-2019',
      'latin-american-intelligence-sharing',
      'operation-condor',
      'no-shelter-report-2016',
      'kyrgyz-foreign-representatives-bill-2024',
      'world-internet-conference-organisation-2022',
    ];
    const cases = new Map(of('cases').map((c) => [c.id, c]));
    expect(inferredDates.filter((id) => !cases.get(id)?.data || !data(cases.get(id)!)['dateInferred'])).toEqual([]);
  });
});
