/** Charts in another language: words, Intl numbers and dates, and the timeline mirrored right to left. */
import { describe, expect, test } from 'vitest';
import * as ar from '../../src/i18n/ar.ts';
import { formatPartialDate } from '../../src/i18n/en.ts';
import * as ru from '../../src/i18n/ru.ts';
import type { ChartLocale } from '../../src/viz/shared/explainer.ts';
import { timelineExplainer } from '../../src/viz/timeline/data.ts';
import { layoutTimeline, mirrorTimeline } from '../../src/viz/timeline/layout.ts';
import { renderTimeline } from '../../src/viz/timeline/render.ts';
import { votesExplainers } from '../../src/viz/votes/data.ts';
import { layoutVote } from '../../src/viz/votes/layout.ts';
import { renderVote } from '../../src/viz/votes/render.ts';

const locale = (code: string, t: typeof ru.ui.charts, dir: 'ltr' | 'rtl'): ChartLocale => {
  const n = new Intl.NumberFormat(code);
  return { t, number: (x) => n.format(x), date: (d) => formatPartialDate(d, code), dir };
};
const russian = locale('ru', ru.ui.charts, 'ltr');
const arabic = locale('ar', ar.ui.charts, 'rtl');
const linkTo = (collection: string, id: string) => `/ru/${collection}/${id}/`;

const cases = [
  { id: 'early', data: { title: 'Early case', date: '1975-07', tactics: ['t1'] } },
  { id: 'mid', data: { title: 'Middle case', date: '2010', tactics: ['t1'] } },
  { id: 'late', data: { title: 'Late case', date: '2019-11-18', tactics: ['t2'] } },
];
const tactics = [
  { id: 't1', data: { title: 'Тактика один' } },
  { id: 't2', data: { title: 'Тактика два' } },
];

describe('vote chart in the locale', () => {
  const input = {
    actors: [{ id: 'unga', data: { title: 'Генеральная Ассамблея ООН' } }],
    cases: [
      {
        id: 'v',
        data: {
          title: 'Vote',
          date: '2019-11',
          vote: { body: 'unga', question: 'a resolution', for: 1234, against: 58, abstain: 0 },
        },
      },
    ],
  };

  test('Russian: labels, takeaway, table and dates in Russian, numbers grouped the Russian way', () => {
    const [e] = votesExplainers(input, linkTo, russian);
    expect(e!.title).toBe('Генеральная Ассамблея ООН, ноябрь 2019 г.: a resolution');
    const n = new Intl.NumberFormat('ru').format(1234);
    expect(n).toBe('1\u00a0234');
    expect(e!.takeaway).toBe(`За — ${n}, против — 58, воздержались — 0: предложение принято.`);
    expect(e!.svg).toContain(`>За <tspan class="vote-count">${n}</tspan>`);
    expect(e!.table.columns).toEqual(['Голос', 'Число', 'Государства, названные в источнике']);
    expect(e!.table.rows[0]!.map((c) => c.text)).toEqual(['За', n, 'не названы']);
    expect(e!.notes).toContain('Источник приводит только число голосов');
  });

  test('English output is unchanged by default', () => {
    const [e] = votesExplainers(input, linkTo);
    expect(e!.takeaway).toBe('1,234 for, 58 against and 0 abstaining: the motion passed.');
    expect(e!.table.columns).toEqual(['Vote', 'Count', 'States named in the source']);
  });

  test('right to left: squares fill from the right edge and labels are set right to left from it', () => {
    const ltr = layoutVote({ for: 3, against: 0, abstain: 0 });
    const rtl = layoutVote({ for: 3, against: 0, abstain: 0 }, { rtl: true });
    expect(rtl.width).toBe(ltr.width);
    const first = rtl.groups[0]!.cells[0]!;
    expect(first.x + rtl.cell).toBe(rtl.width);
    expect(rtl.groups[0]!.cells.map((c) => c.x + rtl.cell)).toEqual(ltr.groups[0]!.cells.map((c) => rtl.width - c.x));
    const svg = renderVote(
      { for: 3, against: 0, abstain: 0 },
      { id: 'v', title: 't', desc: 'd' },
      { rtl: true, labels: { for: 'المؤيدون', against: 'المعارضون', abstain: 'الممتنعون' } },
    );
    expect(svg).toContain(`<text class="vote-label" x="${rtl.width}" direction="rtl"`);
    expect(svg).toContain('المؤيدون');
  });
});

describe('timeline in the locale', () => {
  test('mirrored: the earliest case is at the right, the latest at the left, labels inside the frame', () => {
    const layout = layoutTimeline(
      cases.map((c) => ({ id: c.id, title: c.data.title, date: c.data.date, lane: c.data.tactics[0]! })),
    );
    const mirrored = mirrorTimeline(layout);
    const x = (l: typeof layout, id: string) => l.marks.find((m) => m.id === id)!.x;
    expect(x(layout, 'early')).toBeLessThan(x(layout, 'late'));
    expect(x(mirrored, 'early')).toBeGreaterThan(x(mirrored, 'late'));
    expect(x(mirrored, 'early')).toBeCloseTo(layout.width - x(layout, 'early'));
    // Every label keeps its width and stays on the chart; its side of the dot flips.
    for (const m of mirrored.marks) {
      const before = layout.marks.find((k) => k.id === m.id)!;
      expect(Boolean(m.label)).toBe(Boolean(before.label));
      if (!m.label || !before.label) continue;
      expect(m.label.anchor).not.toBe(before.label.anchor);
      expect(m.label.x).toBeGreaterThanOrEqual(0);
      expect(m.label.x).toBeLessThanOrEqual(layout.width);
    }
    // Year ticks: the earliest year at the right.
    const years = mirrored.ticks.map((t) => Number(t.label));
    expect(years[0]).toBeGreaterThan(years.at(-1)!);
    // Lane names sit at the right edge.
    expect(
      renderTimeline(mirrored, { id: 'tl', title: 't', desc: 'd', hrefOf: (id) => id, labelOf: (d) => d }),
    ).toMatch(new RegExp(`class="lane-label" x="${layout.width}" direction="rtl"`));
  });

  test('Arabic: the explainer mirrors, with Arabic words and dates', () => {
    const e = timelineExplainer({ cases, tactics }, linkTo, arabic);
    expect(e.title).toBe(ar.ui.charts.timeline.title);
    expect(e.table.columns).toEqual(['التاريخ', 'الحالة', 'التكتيك']);
    expect(e.table.rows[0]![0]!.text).toBe(formatPartialDate('1975-07', 'ar'));
    expect(e.table.rows[0]![0]!.text).toMatch(/يوليو/);
    expect(e.takeaway).toContain('1975');
    expect(e.small).toContain(`aria-label="${ar.ui.charts.timeline.listLabel}"`);
    expect(e.svg).toMatch(/class="lane-label" x="\d+" direction="rtl"/);
  });

  test('Russian: not mirrored, Russian words', () => {
    const e = timelineExplainer({ cases, tactics }, linkTo, russian);
    expect(e.takeaway).toMatch(/^3 задокументированных случая с 1975 по 2019 год/);
    expect(e.svg).toContain('class="lane-label" x="0"');
  });
});

describe('wrapping words of other scripts', () => {
  test('a word wider than the line breaks after its hyphen; short ones stay whole', async () => {
    const { wrapText, textWidth } = await import('../../src/viz/shared/text.ts');
    const lines = wrapText('Перенос интернет-стандартов в МСЭ', 120, 13);
    expect(lines).toContain('интернет-');
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
    expect(wrapText('counter-strategies answer', 400, 13)).toEqual(['counter-strategies answer']);
  });
});
