/**
 * The timeline explainer from the cases and tactics collections. Pure: Astro fetches
 * the collections and passes them in.
 */
import { escapeHtml } from '../../site/html.ts';
import { type ChartLocale, cell, englishCharts, type Explainer, fill, type LinkTo } from '../shared/explainer.ts';
import { layoutTimeline, mirrorTimeline } from './layout.ts';
import { renderTimeline, renderTimelineList } from './render.ts';

export interface TimelineData {
  cases: { id: string; data: { title: string; date: string; tactics: string[] } }[];
  tactics: { id: string; data: { title: string } }[];
}

/** Case titles often end with their date ("…, November 2019"); beside a dot on a time axis that repeats the axis. */
export function withoutTrailingDate(title: string): string {
  const short = title.replace(
    /,\s+(?:(?:from |in )?[A-Z][a-z]+ )?\d{4}(?:s)?(?:\s+(?:to|and)\s+(?:[A-Z][a-z]+ )?\d{4}s?)?$/,
    '',
  );
  return short || title;
}

/**
 * `locale` draws it in another language; right to left, time runs from right to left
 * (the earliest case at the right), as the reader reads.
 */
/**
 * Most cases the chart draws. One lane per tactic and a label per case stop being
 * readable long before a 10,000-entry site's 2,500 cases, whose chart made the page about
 * 125 KB gzip. The chart then shows the most recent cases, and says so; the table (and its
 * downloads) still lists every case, and the takeaway counts them all.
 */
export const timelineChartMax = 80;

/** The cases the chart draws: all, or the `max` most recent (ties by id, the same on every build). */
export function chartedCases<T extends { id: string; date: string }>(cases: T[], max = timelineChartMax): T[] {
  if (cases.length <= max) return cases;
  const recent = new Set(
    [...cases]
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .slice(0, max)
      .map((c) => c.id),
  );
  return cases.filter((c) => recent.has(c.id));
}

export function timelineExplainer(input: TimelineData, linkTo: LinkTo, locale: ChartLocale = englishCharts): Explainer {
  const t = locale.t.timeline;
  const tactics = new Map(input.tactics.map((t) => [t.id, t.data.title]));
  const cases = input.cases.map((c) => ({
    id: c.id,
    title: c.data.title,
    short: withoutTrailingDate(c.data.title),
    date: c.data.date,
    lane: tactics.get(c.data.tactics[0]!) ?? c.data.tactics[0]!,
  }));
  const charted = chartedCases(cases);
  const drawn = layoutTimeline(charted);
  const layout = locale.dir === 'rtl' ? mirrorTimeline(drawn) : drawn;
  const years = cases.map((c) => c.date.slice(0, 4)).sort();
  const title = t.title;
  const takeaway = t.takeaway(cases.length, years[0]!, years.at(-1)!);
  const hrefOf = (id: string) => linkTo('cases', id);
  const meta = {
    hrefOf,
    labelOf: locale.date,
    gapOf: (from: number, to: number) => fill(t.gap, { from, to }),
    listLabel: t.listLabel,
  };
  return {
    kind: 'timeline',
    id: 'timeline',
    title,
    takeaway,
    svg: renderTimeline(layout, { id: 'chart-timeline', title, desc: takeaway, ...meta }),
    small: renderTimelineList(layout, meta),
    ...(charted.length < cases.length
      ? { notes: `<p class="chart-note">${escapeHtml(t.shownOf(charted.length, cases.length))}</p>` }
      : {}),
    legend: layout.breaks.length ? [{ swatch: 'swatch swatch-break', label: t.breakLegend }] : [],
    table: {
      caption: t.caption,
      columns: [t.date, t.case, t.tactic],
      // Every case, charted or not.
      rows: [...cases]
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .map((m) => [cell(locale.date(m.date)), cell(m.title, hrefOf(m.id)), cell(m.lane)]),
    },
  };
}
