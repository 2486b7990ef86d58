/**
 * What every chart kind's data.ts returns: the chart (a wide SVG, and where that can't
 * shrink to a phone, a small-screen form, both rendered at build time), its legend, and
 * the same data as a table, which is also what the CSV and JSON downloads contain.
 */
import { formatPartialDate, type UiStrings, ui } from '../../i18n/en.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import type { explainerKinds } from '../../site/routes.ts';

export type ExplainerKind = (typeof explainerKinds)[number];

export interface Cell {
  text: string;
  href?: string;
}

export interface Table {
  caption: string;
  columns: string[];
  /** Cells; a cell with href renders as a link. */
  rows: Cell[][];
}

export interface LegendItem {
  /** Class of the swatch (see 06-charts.css), e.g. "swatch-state" or "swatch bin-2". */
  swatch: string;
  label: string;
}

export interface Explainer {
  kind: ExplainerKind;
  /** Distinguishes several explainers of one kind (one per recorded vote). */
  id: string;
  title: string;
  takeaway: string;
  /** The chart as SVG, for frames wide enough that its text stays at 12 px or more. */
  svg: string;
  /** HTML shown instead of the SVG in narrow frames (CSS container queries pick it). */
  small?: string;
  /** HTML shown under the chart at every width (e.g. who voted how, small states). */
  notes?: string;
  legend: LegendItem[];
  table: Table;
  /** Extra data the browser enhancement needs (network only). */
  client?: unknown;
}

/** Resolves an entry to its URL (with the site's base): the only thing data.ts needs from the site. */
export type LinkTo = (collection: CollectionName, id: string) => string;

export const cell = (text: string | number, link?: string): Cell =>
  link ? { text: String(text), href: link } : { text: String(text) };

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The words of the charts in one language (ui.charts of src/i18n/<code>.ts). */
export type ChartStrings = UiStrings['charts'];

/**
 * The language a chart is drawn in: its words, numbers and dates through Intl, and its
 * direction. Only charts whose direction means something (the timeline's time axis) mirror
 * in right-to-left; the rest keep their geometry and only their text changes.
 */
export interface ChartLocale {
  t: ChartStrings;
  number(n: number): string;
  /** A partial ISO date ('2019', '2019-11', '2019-11-18') as the locale writes it. */
  date(partial: string): string;
  dir: 'ltr' | 'rtl';
}

const englishNumber = new Intl.NumberFormat('en');

/** The charts in English, as every chart kind draws them by default. */
export const englishCharts: ChartLocale = {
  t: ui.charts,
  number: (n) => englishNumber.format(n),
  date: (d) => formatPartialDate(d),
  dir: 'ltr',
};

/** Fills {name} placeholders, as src/i18n/en.ts's fill. */
export { fill } from '../../i18n/en.ts';
