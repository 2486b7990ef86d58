import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loading/content-files.ts';
import { collections, type CollectionName } from '../../src/schemas/collections.ts';
import { chartedFlow, flowChartMax, flowExplainer } from '../../src/viz/flow/data.ts';
import { layoutFlow } from '../../src/viz/flow/layout.ts';
import { renderFlow } from '../../src/viz/flow/render.ts';
import { mapExplainer } from '../../src/viz/map/data.ts';
import { networkExplainer, networkGraph, shortName } from '../../src/viz/network/data.ts';
import { layoutNetwork } from '../../src/viz/network/layout.ts';
import { renderNetwork } from '../../src/viz/network/render.ts';
import { type Box, overlaps, placeLabels } from '../../src/viz/shared/labels.ts';
import { textWidth, wrapText } from '../../src/viz/shared/text.ts';
import { chartedCases, timelineChartMax, timelineExplainer, withoutTrailingDate } from '../../src/viz/timeline/data.ts';
import { shorten, layoutTimeline, yearOf, yearRuns } from '../../src/viz/timeline/layout.ts';
import { renderTimeline } from '../../src/viz/timeline/render.ts';
import { votesExplainers } from '../../src/viz/votes/data.ts';
import { layoutVote } from '../../src/viz/votes/layout.ts';
import { renderVote } from '../../src/viz/votes/render.ts';
import { expectGolden, prettySvg } from './golden.ts';

const meta = (id: string) => ({ id, title: `Title of ${id}`, desc: `Description of ${id}` });
const linkTo = (collection: string, id: string) => `/${collection}/${id}/`;

/** The site's real content, read and parsed the way the check does it, with no Astro. */
function realContent() {
  const root = process.cwd();
  const { entries } = loadContent(join(root, 'content'), root);
  const of = <C extends CollectionName>(name: C) =>
    entries
      .filter((e) => e.collection === name)
      .map((e) => ({ id: e.id, data: collections[name].schema.parse(e.data) as never }))
      .filter((e: { data: { draft?: boolean } }) => !e.data.draft);
  return {
    actors: of('actors'),
    cases: of('cases'),
    tactics: of('tactics'),
    threats: of('threats'),
    counters: of('counters'),
  };
}
const content = realContent();

/** Every pair of boxes that overlap, by name. */
function collisions(boxes: (Box & { name: string })[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!, boxes[j]!)) out.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
  return out;
}

describe('text measurement', () => {
  test('widths scale with size and grow with the text', () => {
    expect(textWidth('Russia', 26)).toBeCloseTo(2 * textWidth('Russia', 13));
    expect(textWidth('Shanghai Cooperation Organization', 13)).toBeGreaterThan(textWidth('Shanghai', 13));
    // Measured in Chromium: "China" in DejaVu Sans at 13 px is 37.6 px, in Liberation Sans 33.9 px; the table keeps the wider.
    expect(textWidth('China', 13)).toBeGreaterThanOrEqual(37);
    expect(textWidth('China', 13)).toBeLessThan(40);
  });

  test('wrapping keeps every word and every line within the width', () => {
    const text = 'Reporting, research and civic education on authoritarian collaboration';
    const lines = wrapText(text, 150, 13);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
  });

  test('a shortened label ends with an ellipsis and fits', () => {
    const short = shorten('Election of an Emirati general as Interpol president', 120, 13);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 13)).toBeLessThanOrEqual(120);
    expect(shorten('Operation Condor', 300, 13)).toBe('Operation Condor');
  });
});

describe('label placement', () => {
  test('places no two labels on each other, and drops the least important when there is no room', () => {
    const frame = { x: 0, y: 0, width: 120, height: 60 };
    const requests = [0, 1, 2, 3].map((i) => ({ id: `n${i}`, text: 'A long label', x: 60, y: 30, r: 4, priority: i }));
    const placed = placeLabels(requests, { size: 13, frame, obstacles: [] });
    expect(placed.size).toBeGreaterThan(0);
    expect(placed.size).toBeLessThan(4);
    expect(placed.has('n3')).toBe(true);
    expect(collisions([...placed.values()].map((p) => ({ ...p.box, name: p.id })))).toEqual([]);
  });
});

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
    expect(a.nodes.find((n) => n.id === 'sco')!.degree).toBe(3);
  });

  // Nothing is clamped into the frame any more: the drawing is scaled to fill it, so
  // these can fail if the forces, the scaling or the label placement go wrong.
  test.each([
    ['the test graph', () => layoutNetwork(nodes, edges)],
    [
      'the real content',
      () => {
        const graph = networkGraph(content);
        return layoutNetwork(graph.nodes, graph.edges);
      },
    ],
  ])('in %s, marks and labels do not overlap and labels stay inside the frame', (_, make) => {
    const layout = make();
    const marks = layout.nodes.map((n) => ({
      name: n.id,
      x: n.x - n.radius,
      y: n.y - n.radius,
      width: 2 * n.radius,
      height: 2 * n.radius,
    }));
    expect(collisions(marks)).toEqual([]);
    const labels = layout.nodes.filter((n) => n.place.always).map((n) => ({ ...n.place.box, name: `label ${n.id}` }));
    expect(collisions([...marks, ...labels])).toEqual([]);
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.y).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(layout.width);
      expect(l.y + l.height).toBeLessThanOrEqual(layout.height);
    }
  });

  test('on the real content, the drawing fills the frame and most nodes carry a label', () => {
    const e = networkExplainer(content, linkTo);
    const svg = e.svg;
    const xs = [...svg.matchAll(/class="hit" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const width = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)![1]);
    const height = Number(/viewBox="0 0 (\d+) (\d+)"/.exec(svg)![2]);
    const spanX = Math.max(...xs.map((p) => p[0]!)) - Math.min(...xs.map((p) => p[0]!));
    const spanY = Math.max(...xs.map((p) => p[1]!)) - Math.min(...xs.map((p) => p[1]!));
    // No empty third: the nodes reach across at least 70% of the frame one way and 50% the other.
    expect(Math.max(spanX / width, spanY / height)).toBeGreaterThan(0.7);
    expect(Math.min(spanX / width, spanY / height)).toBeGreaterThan(0.5);
    const always = (svg.match(/class="label"/g) ?? []).length;
    const onFocus = (svg.match(/class="label label-focus"/g) ?? []).length;
    expect(always + onFocus).toBe(xs.length);
    expect(always / xs.length).toBeGreaterThan(0.75);
  });

  test('refuses an edge to a node it does not have', () => {
    expect(() =>
      layoutNetwork(nodes, [
        ...edges,
        { source: 'china', target: 'atlantis', type: 'collaboration', tactics: [], cases: [] },
      ]),
    ).toThrow('invalid edge: "china -> atlantis"');
  });

  test('draws a long name as its short alias, and keeps the full name for screen readers', () => {
    expect(
      shortName({ title: 'Shanghai Cooperation Organization', aliases: ['SCO', 'Shanghai Cooperation Organisation'] }),
    ).toBe('SCO');
    expect(shortName({ title: 'Russia', aliases: ['Russian Federation'] })).toBe('Russia');
    const svg = networkExplainer(content, linkTo).svg;
    expect(svg).toContain('aria-label="SCO, Shanghai Cooperation Organization: organisation or group');
    expect(svg).toMatch(/>SCO<\/text>/);
  });

  test('every touch target is at least 24 px where the chart is shown (14 units at 628/680 scale or more)', () => {
    const svg = networkExplainer(content, linkTo).svg;
    const radii = [...svg.matchAll(/class="hit" cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...radii) * 2 * (628 / 680)).toBeGreaterThanOrEqual(24);
  });

  test('the table lists every link drawn, and an inferred link is marked when the hook says so', () => {
    // The real content may mark links as inferred; a hook that marks none gives the plain chart.
    const plain = networkExplainer({ ...content, isInferred: () => false }, linkTo);
    expect(plain.table.rows.length).toBe((plain.svg.match(/<line class="edge/g) ?? []).length);
    expect(plain.legend.some((l) => /[Ii]nferred/.test(l.label))).toBe(false);
    const marked = networkExplainer({ ...content, isInferred: (e) => e.type === 'membership' }, linkTo);
    expect(marked.svg).toContain('edge-inferred');
    expect(marked.legend.some((l) => /[Ii]nferred/.test(l.label))).toBe(true);
  });

  test("reads the editors' inferred links from the entries: dotted, in the legend, marked in the table", () => {
    const actors = [
      {
        id: 'a',
        data: {
          title: 'A',
          kind: 'state',
          memberOf: ['o'],
          inferred: { memberOf: { o: 'The editors infer it from the 2019 report.' } },
        },
      },
      { id: 'b', data: { title: 'B', kind: 'state', memberOf: ['o'] } },
      { id: 'o', data: { title: 'O', kind: 'forum', memberOf: [] } },
    ];
    const e = networkExplainer({ actors, cases: [], tactics: [] }, linkTo);
    expect((e.svg.match(/edge-inferred/g) ?? []).length).toBe(1);
    expect(e.svg).toMatch(/class="edge edge-membership edge-inferred"[^>]*data-source="a"/);
    expect(e.table.rows.map((r) => r[2]!.text)).toEqual(['member of (inferred)', 'member of']);
    expect(e.legend.at(-1)!.label).toBe('Inferred by the editors, not stated by the sources');
  });

  test('renders the golden SVG', () => {
    expectGolden(
      'network',
      renderNetwork(layoutNetwork(nodes, edges), { ...meta('net'), hrefOf: (id) => `/actors/${id}/` }),
    );
  });
});

describe('votes', () => {
  test('draws one cell per vote, grouped, and fits a 320 px phone at its own size', () => {
    const layout = layoutVote({ for: 88, against: 58, abstain: 34 });
    expect(layout.groups.map((g) => g.cells.length)).toEqual([88, 58, 34]);
    expect(layout.total).toBe(180);
    // 320 px window - 2 x 16 px page padding - 2 x 17 px figure padding and border = 254 px.
    expect(layout.width).toBeLessThanOrEqual(254);
  });

  test('refuses a negative count', () => {
    expect(() => layoutVote({ for: -1, against: 0, abstain: 0 })).toThrow('invalid vote.for: -1');
  });

  test('names the states the source names, linking those with a page; the table has one row per side and nothing else', () => {
    const [cyber] = votesExplainers(content, linkTo).filter((e) => e.id === 'un-cybercrime-resolution-2019');
    expect(cyber!.notes).toContain('<a href="/actors/egypt/">Egypt</a>');
    expect(cyber!.notes).toContain('Angola');
    expect(cyber!.notes).toContain('(7 of 88)');
    expect(cyber!.table.columns).toEqual(['Vote', 'Count', 'States named in the source']);
    expect(cyber!.table.rows.map((r) => r[0]!.text)).toEqual(['For', 'Against', 'Abstaining']);
    expect(cyber!.table.rows[0]![2]!.text).toBe('Angola; Egypt; India; Iran; North Korea; Syria; Uganda');
  });

  test('renders the golden SVG', () => {
    expectGolden('vote', renderVote({ for: 17, against: 19, abstain: 11 }, meta('vote')));
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
  test('cuts long empty stretches out of the axis', () => {
    expect(yearRuns([1960, 1970, 2009, 2010, 2024], 5)).toEqual([
      [1960, 1960],
      [1970, 1970],
      [2009, 2010],
      [2024, 2024],
    ]);
    expect(layoutTimeline(cases).breaks.map((b) => [b.from, b.to])).toEqual([
      [1977, 2010],
      [2012, 2022],
    ]);
  });
  test('strips a trailing date from a title drawn beside a dot', () => {
    expect(withoutTrailingDate('UN cybercrime resolution, November 2019')).toBe('UN cybercrime resolution');
    expect(withoutTrailingDate("Kyrgyzstan's foreign agents bill, 2014 to 2016")).toBe(
      "Kyrgyzstan's foreign agents bill",
    );
    expect(withoutTrailingDate('Operation Condor')).toBe('Operation Condor');
  });
  test('on the real content: no tick after the last case, no two tick labels touch, no label overlaps a dot or another label', () => {
    const e = timelineExplainer(content, linkTo);
    const years = content.cases.map((c) => Number((c.data as { date: string }).date.slice(0, 4)));
    const ticks = [...e.svg.matchAll(/class="tick-label" x="([\d.]+)"[^>]*>(\d{4})</g)].map((m) => ({
      x: Number(m[1]),
      year: Number(m[2]),
    }));
    expect(Math.max(...ticks.map((t) => t.year))).toBeLessThanOrEqual(Math.max(...years));
    const tickBoxes = ticks.map((t) => ({
      name: String(t.year),
      x: t.x - textWidth(String(t.year), 13) / 2,
      y: 0,
      width: textWidth(String(t.year), 13),
      height: 16,
    }));
    expect(collisions(tickBoxes)).toEqual([]);
    for (const b of tickBoxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(720);
    }
    const layout = layoutTimeline(
      content.cases.map((c) => ({
        id: c.id,
        title: (c.data as { title: string }).title,
        date: (c.data as { date: string }).date,
        lane: String((c.data as { tactics: string[] }).tactics[0]),
      })),
    );
    const boxes = layout.marks.flatMap((m) => {
      const dot = { name: `dot ${m.id}`, x: m.x - 6, y: m.y - 6, width: 12, height: 12 };
      if (!m.label) return [dot];
      const w = textWidth(m.label.text, 13);
      return [
        dot,
        {
          name: `label ${m.id}`,
          x: m.label.anchor === 'start' ? m.label.x : m.label.x - w,
          y: m.y - 8,
          width: w,
          height: 16,
        },
      ];
    });
    expect(collisions(boxes)).toEqual([]);
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
    expect(layout.marks.filter((m) => m.label).length).toBe(layout.marks.length);
  });
  test('renders the golden SVG', () => {
    expectGolden(
      'timeline',
      renderTimeline(layoutTimeline(cases), { ...meta('tl'), hrefOf: (id) => `/cases/${id}/`, labelOf: (d) => d }),
    );
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
      { id: 'b', title: 'Shielding at the Human Rights Council and in every other body', threats: ['t2'] },
    ],
    counters: [
      { id: 'x', title: 'Training', answers: ['a'] },
      { id: 'y', title: 'Export limits', answers: ['a'] },
    ],
  };
  test('marks tactics with fewer than two counters as thin, and links every answer', () => {
    const layout = layoutFlow(input);
    expect(layout.nodes.filter((n) => n.thin).map((n) => n.id)).toEqual(['b']);
    expect(layout.links).toHaveLength(4);
  });
  test('wraps long titles in one type size, and boxes in a column never overlap', () => {
    const layout = layoutFlow(input);
    const b = layout.nodes.find((n) => n.id === 'b')!;
    expect(b.lines.length).toBeGreaterThan(1);
    for (const line of b.lines) expect(textWidth(line, layout.fontSize)).toBeLessThanOrEqual(layout.columnWidth - 16);
    const e = flowExplainer(content, linkTo);
    expect(e.svg).not.toContain('textLength');
    const real = layoutFlow({
      threats: content.threats.map((t) => ({ id: t.id, title: (t.data as { title: string }).title })),
      tactics: content.tactics.map((t) => ({
        id: t.id,
        title: (t.data as { title: string }).title,
        threats: (t.data as { threats: string[] }).threats,
      })),
      counters: content.counters.map((c) => ({
        id: c.id,
        title: (c.data as { title: string }).title,
        answers: (c.data as { answers: string[] }).answers,
      })),
    });
    for (const column of [0, 1, 2])
      expect(
        collisions(
          real.nodes
            .filter((n) => n.column === column)
            .map((n) => ({ name: n.id, x: n.x, y: n.y, width: real.columnWidth, height: n.height })),
        ),
      ).toEqual([]);
  });
  test('a node lights the paths through it: its threats upstream and counters downstream, not its siblings', () => {
    const layout = layoutFlow(input);
    const a = layout.nodes.find((n) => n.id === 'a')!;
    expect(a.related).toEqual(['a', 't1', 'x', 'y']);
    const x = layout.nodes.find((n) => n.id === 'x')!;
    expect(x.related).toEqual(['a', 't1', 'x']);
    const link = layout.links.find((l) => l.from === 'a' && l.to === 'y')!;
    expect(link.related.sort()).toEqual(['a', 't1', 'y']);
  });
  test('draws a link the editors inferred dotted and names it in the legend and table', () => {
    const e = flowExplainer(
      {
        threats: [{ id: 't1', data: { title: 'Opponents' } }],
        tactics: [
          {
            id: 'a',
            data: {
              title: 'Surveillance',
              threats: ['t1'],
              inferred: { threats: { t1: 'The paper lists it under Threat I only by implication.' } },
            },
          },
        ],
        counters: [{ id: 'x', data: { title: 'Training', answers: ['a'] } }],
      },
      linkTo,
    );
    expect((e.svg.match(/link-inferred/g) ?? []).length).toBe(1);
    expect(e.table.rows[0]![1]!.text).toBe('Opponents (inferred)');
    expect(e.legend.some((l) => l.label.startsWith('Link inferred by the editors'))).toBe(true);
    expect(e.small).toContain('(link inferred by the editors)');
  });

  test('renders the golden SVG', () => {
    expectGolden('flow', renderFlow(layoutFlow(input), { ...meta('flow'), hrefOf: (c, id) => `/${c}/${id}/` }));
  });
});

describe('map', () => {
  test('marks the small states that have cases, links every state with a page, and labels markers without overlap', () => {
    const e = mapExplainer(content, linkTo);
    expect(e.svg).toMatch(/aria-label="United Arab Emirates: \d+ documented case/);
    expect(e.svg).toContain('class="state marker"');
    // Belarus has a page and no case: it is still a link, with "no documented cases".
    if (content.actors.some((a) => a.id === 'belarus'))
      expect(e.svg).toContain('aria-label="Belarus: no documented cases"');
    const callouts = [
      ...e.svg.matchAll(/class="callout" x="([\d.]+)" y="([\d.]+)" text-anchor="(\w+)" aria-hidden="true">([^<]+)</g),
    ].map((m) => {
      const w = textWidth(m[4]!, 13);
      const x = Number(m[1]);
      return {
        name: m[4]!,
        x: m[3] === 'start' ? x : m[3] === 'end' ? x - w : x - w / 2,
        y: Number(m[2]) - 13,
        width: w,
        height: 15,
      };
    });
    expect(callouts.length).toBeGreaterThan(0);
    expect(collisions(callouts)).toEqual([]);
  });
});

describe('golden files', () => {
  test('are one element per line, with rounded numbers', () => {
    expect(prettySvg('<svg><g><text x="1.23456">Hi</text><path d="M0.25 1.349"/></g></svg>')).toBe(
      '<svg>\n  <g>\n    <text x="1.2">Hi</text>\n    <path d="M0.3 1.3"/>\n  </g>\n</svg>\n',
    );
  });
});

describe('the flow chart at scale', () => {
  // A synthetic site of 300 tactics and 200 counters: more than a flow chart can show.
  const threats = [1, 2, 3].map((i) => ({ id: `th${i}`, data: { title: `Threat ${i}` } }));
  const tactics = Array.from({ length: 300 }, (_, i) => ({
    id: `ta${i}`,
    data: { title: `Tactic ${i}`, threats: [`th${(i % 3) + 1}`] },
  }));
  // Tactic 299 is answered by the most counters, so it must be charted although it comes last.
  const counters = Array.from({ length: 200 }, (_, i) => ({
    id: `co${i}`,
    data: { title: `Counter ${i}`, answers: i < 20 ? ['ta299', `ta${i}`] : [`ta${i}`] },
  }));
  const linkTo = (c: string, id: string) => `/${c}/${id}/`;
  const e = flowExplainer({ threats, tactics, counters }, linkTo);

  test('draws the most linked tactics, the one with most counters among them', () => {
    const drawn = [...e.svg.matchAll(/href="\/tactics\/(ta\d+)\/"/g)].map((m) => m[1]);
    expect(new Set(drawn).size).toBe(flowChartMax);
    expect(drawn).toContain('ta299');
  });
  test('says so under the chart, while the table lists every tactic', () => {
    expect(e.notes).toContain(`${flowChartMax} tactics with the most links, of 300`);
    expect(e.table.rows).toHaveLength(300);
  });
  test('counts every tactic in the takeaway, thin ones included', () => {
    // Tactics 0-199 have one counter each and 200-298 none (299 thin); tactic 299 has twenty.
    expect(e.takeaway).toContain('300 tactics');
    expect(e.takeaway).toContain('299 tactics have fewer than two');
  });
  test('charts everything when there are few tactics', () => {
    expect(chartedFlow([], [], 40)).toEqual({ tactics: [], counters: [] });
  });
});

describe('the timeline at scale', () => {
  const tactics = [{ id: 'ta', data: { title: 'A tactic' } }];
  // 200 cases, one a year from 1801: more than a timeline can label.
  const cases = Array.from({ length: 200 }, (_, i) => ({
    id: `c${String(i).padStart(3, '0')}`,
    data: { title: `Case ${i}`, date: String(1801 + i), tactics: ['ta'] },
  }));
  const e = timelineExplainer({ tactics, cases }, (c, id) => `/${c}/${id}/`);

  test('draws the most recent cases, says so, and the table lists every case', () => {
    const drawn = [...e.svg.matchAll(/href="\/cases\/(c\d+)\/"/g)].map((m) => m[1]);
    expect(new Set(drawn).size).toBe(timelineChartMax);
    expect(drawn).toContain('c199');
    expect(drawn).not.toContain('c000');
    expect(e.notes).toContain(`${timelineChartMax} most recent cases, of 200`);
    expect(e.table.rows).toHaveLength(200);
    expect(e.takeaway).toContain('200 documented cases from 1801 to 2000');
  });
  test('draws every case when there are few', () => {
    const few = cases.slice(0, 3);
    expect(chartedCases(few.map((c) => ({ id: c.id, date: c.data.date })))).toHaveLength(3);
  });
});
