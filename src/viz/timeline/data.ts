/**
 * The timeline explainer from the cases and tactics collections. Pure: Astro fetches
 * the collections and passes them in.
 */
import { formatPartialDate } from '../../i18n/en.ts';
import { cell, type Explainer, type LinkTo, plural } from '../shared/explainer.ts';
import { layoutTimeline } from './layout.ts';
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

export function timelineExplainer(input: TimelineData, linkTo: LinkTo): Explainer {
  const tactics = new Map(input.tactics.map((t) => [t.id, t.data.title]));
  const cases = input.cases.map((c) => ({
    id: c.id,
    title: c.data.title,
    short: withoutTrailingDate(c.data.title),
    date: c.data.date,
    lane: tactics.get(c.data.tactics[0]!) ?? c.data.tactics[0]!,
  }));
  const layout = layoutTimeline(cases);
  const years = cases.map((c) => c.date.slice(0, 4)).sort();
  const title = 'When: documented cases over time';
  const takeaway = `${plural(cases.length, 'documented case')} from ${years[0]} to ${years.at(-1)}, grouped by the tactic each shows first.`;
  const hrefOf = (id: string) => linkTo('cases', id);
  const meta = { hrefOf, labelOf: formatPartialDate };
  return {
    kind: 'timeline',
    id: 'timeline',
    title,
    takeaway,
    svg: renderTimeline(layout, { id: 'chart-timeline', title, desc: takeaway, ...meta }),
    small: renderTimelineList(layout, meta),
    legend: layout.breaks.length
      ? [{ swatch: 'swatch swatch-break', label: 'Years with no case are cut out of the axis' }]
      : [],
    table: {
      caption: 'Cases in order of date',
      columns: ['Date', 'Case', 'Tactic'],
      rows: [...layout.marks]
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .map((m) => [cell(formatPartialDate(m.date)), cell(m.title, hrefOf(m.id)), cell(m.lane)]),
    },
  };
}
