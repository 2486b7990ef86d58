/**
 * One explainer per recorded vote, from the cases and actors collections: the counts as
 * a waffle chart, and the states the sources name for each side. Pure: Astro fetches the
 * collections and passes them in.
 */
import { type ChartLocale, cell, englishCharts, type Explainer, fill, type LinkTo } from '../shared/explainer.ts';
import { esc } from '../shared/svg.ts';
import { renderVote } from './render.ts';

type Side = 'for' | 'against' | 'abstain';
const sides: Side[] = ['for', 'against', 'abstain'];

export interface VotesData {
  actors: { id: string; data: { title: string } }[];
  cases: {
    id: string;
    data: {
      title: string;
      date: string;
      vote?:
        | {
            body: string;
            question: string;
            for: number;
            against: number;
            abstain: number;
            /** States the source names on each side, as the source names them. */
            named?: { [S in Side]?: string[] | undefined } | undefined;
          }
        | undefined;
    };
  }[];
}

export function votesExplainers(input: VotesData, linkTo: LinkTo, locale: ChartLocale = englishCharts): Explainer[] {
  const t = locale.t.votes;
  const n = locale.number;
  const sideLabel: Record<Side, string> = { for: t.for, against: t.against, abstain: t.abstain };
  const actors = new Map(input.actors.map((a) => [a.id, a.data.title]));
  const byTitle = new Map(input.actors.map((a) => [a.data.title.toLowerCase(), a.id]));
  return input.cases
    .filter((c) => c.data.vote)
    .map((c) => {
      const v = c.data.vote!;
      const body = actors.get(v.body) ?? v.body;
      const title = fill(t.title, { body, date: locale.date(c.data.date), question: v.question });
      const outcome = v.for > v.against ? 'passed' : v.for < v.against ? 'failed' : 'tied';
      const takeaway = fill(t[outcome], { for: n(v.for), against: n(v.against), abstain: n(v.abstain) });
      // A name links to its actor page when the site has one (by id or by title).
      const actorOf = (name: string) => (actors.has(name) ? name : byTitle.get(name.toLowerCase()));
      const shown = (name: string) => actors.get(name) ?? name;
      const named = sides.flatMap((side) => (v.named?.[side] ?? []).map((name) => ({ side, name })));
      const notes = sides
        .filter((side) => v.named?.[side]?.length)
        .map((side) => {
          const list = v.named![side]!.map((name) => {
            const id = actorOf(name);
            return id ? `<a href="${esc(linkTo('actors', id))}">${esc(shown(name))}</a>` : esc(shown(name));
          });
          return `<li><span class="vote-side vote-side-${side}">${esc(sideLabel[side])}</span> ${list.join(', ')} <span class="vote-of">${esc(fill(t.namedOf, { n: n(list.length), total: n(v[side]) }))}</span></li>`;
        });
      const unnamed = named.length ? '' : `<p class="vote-names">${esc(t.countsOnly)}</p>`;
      return {
        kind: 'votes' as const,
        id: c.id,
        title,
        takeaway,
        svg: renderVote(
          v,
          { id: `chart-vote-${c.id}`, title, desc: takeaway },
          { labels: sideLabel, number: n, rtl: locale.dir === 'rtl' },
        ),
        notes: named.length
          ? `<div class="vote-names"><p>${esc(t.named)}</p><ul>${notes.join('')}</ul>${named.length < v.for + v.against + v.abstain ? `<p>${esc(t.othersUnnamed)}</p>` : ''}</div>`
          : unnamed,
        // Labelled directly (For, Against, Abstaining beside each group): no legend needed.
        legend: [],
        table: {
          caption: fill(t.caption, { question: v.question }),
          columns: [t.vote, t.count, t.statesNamed],
          rows: sides.map((side) => [
            cell(sideLabel[side]),
            cell(n(v[side])),
            cell((v.named?.[side] ?? []).map(shown).join('; ') || t.noneNamed),
          ]),
        },
      };
    });
}
