import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { layoutFlow } from '../../src/viz/flow/layout.ts';
import { renderFlow } from '../../src/viz/flow/render.ts';
import { layoutMap } from '../../src/viz/map/layout.ts';
import { renderMap } from '../../src/viz/map/render.ts';
import { layoutNetwork } from '../../src/viz/network/layout.ts';
import { renderNetwork } from '../../src/viz/network/render.ts';
import { layoutTimeline, yearOf } from '../../src/viz/timeline/layout.ts';
import { renderTimeline } from '../../src/viz/timeline/render.ts';
import { layoutVote } from '../../src/viz/votes/layout.ts';
import { renderVote } from '../../src/viz/votes/render.ts';

const require = createRequire(import.meta.url);
const meta = (id: string) => ({ id, title: `Title of ${id}`, desc: `Description of ${id}` });

const nodes = [
  { id: 'sco', label: 'SCO', shape: 'organization' as const },
  { id: 'china', label: 'China', shape: 'state' as const },
  { id: 'russia', label: 'Russia', shape: 'state' as const },
  { id: 'kazakhstan', label: 'Kazakhstan', shape: 'state' as const },
];
const edges = [
  { source: 'china', target: 'sco', type: 'membership' as const, tactics: [], cases: [] },
  { source: 'russia', target: 'sco', type: 'membership' as const, tactics: [], cases: [] },
  { source: 'kazakhstan', target: 'sco', type: 'membership' as const, tactics: [], cases: [] },
  { source: 'china', target: 'russia', type: 'collaboration' as const, tactics: ['sco-cyber-norms'], cases: ['c1'] },
];

describe('network', () => {
  test('lays out deterministically, whatever the input order', () => {
    const a = layoutNetwork(nodes, edges);
    const b = layoutNetwork([...nodes].reverse(), edges);
    expect(a).toEqual(b);
    for (const n of a.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(a.width);
    }
    expect(a.nodes.find((n) => n.id === 'sco')!.degree).toBe(3);
  });

  test('refuses an edge to a node it does not have', () => {
    expect(() =>
      layoutNetwork(nodes, [
        ...edges,
        { source: 'china', target: 'atlantis', type: 'collaboration', tactics: [], cases: [] },
      ]),
    ).toThrow('invalid edge: "china -> atlantis"');
  });

  test('renders the golden SVG', async () => {
    const svg = renderNetwork(layoutNetwork(nodes, edges), {
      ...meta('net'),
      hrefOf: (id) => `/actors/${id}/`,
      labelAbove: 2,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/network.svg');
  });
});

describe('votes', () => {
  test('draws one cell per vote, grouped', () => {
    const layout = layoutVote({ for: 17, against: 19, abstain: 11 });
    expect(layout.groups.map((g) => g.cells.length)).toEqual([17, 19, 11]);
    expect(layout.total).toBe(47);
  });

  test('refuses a negative count', () => {
    expect(() => layoutVote({ for: -1, against: 0, abstain: 0 })).toThrow('invalid vote.for: -1');
  });

  test('renders the golden SVG', async () => {
    await expect(renderVote({ for: 17, against: 19, abstain: 11 }, meta('vote'))).toMatchFileSnapshot(
      './__snapshots__/vote.svg',
    );
  });
});

describe('timeline', () => {
  const cases = [
    { id: 'a', title: 'A', date: '1975', lane: 'Enforced disappearances' },
    { id: 'b', title: 'B', date: '2010-12', lane: 'Website takedowns' },
    { id: 'c', title: 'C', date: '2010-06-01', lane: 'Website takedowns' },
    { id: 'd', title: 'D', date: '2022', lane: 'Mutual shielding' },
  ];
  test('reads partial dates as decimal years', () => {
    expect(yearOf('1975')).toBe(1975);
    expect(yearOf('2010-07')).toBe(2010.5);
  });
  test('stacks cases of the same lane and year so none hides another', () => {
    const layout = layoutTimeline(cases);
    const [c, b] = layout.marks.filter((m) => m.lane === 'Website takedowns');
    expect(c!.y).not.toBe(b!.y);
    expect(layout.ticks[0]!.label).toBe('1975');
  });
  test('renders the golden SVG', async () => {
    const svg = renderTimeline(layoutTimeline(cases), {
      ...meta('tl'),
      hrefOf: (id) => `/cases/${id}/`,
      labelOf: (d) => d,
    });
    await expect(svg).toMatchFileSnapshot('./__snapshots__/timeline.svg');
  });
});

describe('flow', () => {
  const input = {
    threats: [
      { id: 't1', title: 'Opponents' },
      { id: 't2', title: 'Stigma' },
    ],
    tactics: [
      { id: 'a', title: 'Surveillance', threats: ['t1'] },
      { id: 'b', title: 'Shielding', threats: ['t2'] },
    ],
    counters: [
      { id: 'x', title: 'Training', answers: ['a'] },
      { id: 'y', title: 'Export limits', answers: ['a'] },
      { id: 'z', title: 'Elections', answers: ['b'] },
    ],
  };
  test('marks tactics answered by fewer than two counters as thin', () => {
    const layout = layoutFlow(input);
    expect(layout.nodes.filter((n) => n.thin).map((n) => n.id)).toEqual(['b']);
    expect(layout.links).toHaveLength(5);
  });
  test('renders the golden SVG', async () => {
    await expect(
      renderFlow(layoutFlow(input), { ...meta('flow'), hrefOf: (c, id) => `/${c}/${id}/` }),
    ).toMatchFileSnapshot('./__snapshots__/flow.svg');
  });
});

describe('map', () => {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  test('shades states by count with threshold bins and leaves out Antarctica', () => {
    const layout = layoutMap(
      topology,
      new Map([
        ['643', 9],
        ['156', 2],
        ['417', 1],
      ]),
    );
    const bin = (n: string) => layout.countries.find((c) => c.numeric === n)!.bin;
    expect([bin('643'), bin('156'), bin('417'), bin('250')]).toEqual([4, 2, 1, 0]);
    expect(layout.countries.some((c) => c.numeric === '010')).toBe(false);
    expect(layout.legend.map((l) => l.label)).toEqual(['No documented case', '1', '2-3', '4-6', '7 or more']);
  });
  test('renders states with cases as labelled links', () => {
    const layout = layoutMap(topology, new Map([['643', 3]]));
    const svg = renderMap(layout, {
      ...meta('map'),
      actorOf: (n) => (n === '643' ? { href: '/actors/russia/', name: 'Russia' } : undefined),
    });
    expect(svg.match(/<a /g)).toHaveLength(1);
    expect(svg).toContain('aria-label="Russia: 3 documented cases"');
  });
});
