/**
 * The content gate for Markdown and MDX. Content arrives by pull request, sometimes from
 * people the publisher does not fully trust, and some readers are targets; so the text is
 * parsed with the same parser the build renders with (Sätteri) and the *tree* is checked
 * against an allowlist: Markdown, a fixed set of HTML elements and attributes, and the
 * site's own components with literal props. No import/export, no {…} expressions, links
 * only to relative paths, #fragments, mailto: or https:, resources from this site only.
 *
 * Every path by which text reaches a page goes through `checkMarkdown` (entry bodies,
 * Markdown in frontmatter such as module sections) or `checkPlainText` (fields rendered
 * as text: titles, CSL fields, site.json). A branch that adds a content path calls one of
 * them with the file and line the text came from; see docs/editing.md.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';

export type ComponentProps = Record<string, string | true>;

/** Checks the literal props of one of the site's components; returns "field: message" pairs. */
export type ComponentRule = (props: ComponentProps) => { field: string; message: string }[];

export interface GateContext {
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file line on which the text's first line sits. */
  line: number;
  /** The column of the text's first character on that line (bodies start at 1). */
  column?: number;
  /** Where the text sits in the frontmatter (e.g. sections[1].content); prefixed to fields. */
  field?: string;
  /** mdx for .mdx bodies; markdown for .md bodies and Markdown kept in data. Default: markdown. */
  syntax?: 'mdx' | 'markdown';
  /** The folder the text's file is in, so relative image paths can be checked to exist. */
  dir?: string;
  /** The site's components content may use, by name, with a check of their props. */
  components?: Record<string, ComponentRule>;
}

/** HTML elements content may write, for what Markdown cannot say (all render as plain markup). */
const allowedElements = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'.split(
    ' ',
  ),
); // prettier-ignore

/** Attributes allowed on those elements (lowercased; MDX's className counts as class). */
const allowedAttributes = new Set(
  'alt cite class classname colspan datetime dir height href hreflang id lang open reversed rowspan scope src start title width'.split(
    ' ',
  ),
); // prettier-ignore

const urlAttributes = new Set(['href', 'cite']);
const resourceAttributes = new Set(['src', 'srcset', 'poster', 'data', 'background']);

const elementMessages: Record<string, [string, string]> = {
  script: [
    'script',
    "a <script> element would run code on readers' devices; remove it (charts and widgets come from the site's own components)",
  ],
  iframe: [
    'embed',
    'an <iframe> loads another site into the page and can track readers; remove it and link to the page instead',
  ],
  object: [
    'embed',
    'an <object> loads another site into the page and can track readers; remove it and link to the page instead',
  ],
  embed: [
    'embed',
    'an <embed> loads another site into the page and can track readers; remove it and link to the page instead',
  ],
  form: ['form', 'a <form> can send what readers type to another site; remove it'],
  style: ['style', 'a <style> element can restyle or hide the page and load files from elsewhere; remove it'],
  link: ['embed', 'a <link> element loads a file into the page; remove it'],
  meta: ['meta', 'a <meta> element can redirect readers or change how the page loads; remove it'],
  base: ['base', 'a <base> element changes where every link on the page goes; remove it'],
};

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  position?: { start: Point };
  children?: Node[];
  [key: string]: unknown;
}

/** Problems in a Markdown or MDX text; an empty list means the gate lets it through. */
export function checkMarkdown(text: string, at: GateContext): Problem[] {
  const problems: Problem[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const report = (point: Point | undefined, field: string, message: string) =>
    problems.push({
      file: at.file,
      ...place(at, point),
      field: at.field ?? field,
      message,
      severity: 'error',
    });

  let tree: Node;
  try {
    const parse = at.syntax === 'mdx' ? mdxToMdast : markdownToMdast;
    tree = parse(source, { features: { frontmatter: false } }) as unknown as Node;
  } catch (error) {
    const m = /^(\d+):(\d+): (.*?)(?: \([\w-]+:[\w-]+\))?$/s.exec((error as Error).message);
    const point = m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
    const what = (m?.[3] ?? (error as Error).message).replace(/\s+/g, ' ');
    report(
      point,
      'syntax',
      `is not valid MDX (${what}); write < as &lt; and { as \\{ in text, and close every tag you open`,
    );
    return problems;
  }
  walk(tree, undefined, (node, point) => checkNode(node, point, at, report));
  return problems;
}

type Report = (point: Point | undefined, field: string, message: string) => void;

/** Visits every node; a visitor returning false skips the node's children (a refused element is reported once). */
function walk(node: Node, inherited: Point | undefined, visit: (node: Node, point: Point | undefined) => boolean) {
  const point = node.position?.start ?? inherited;
  if (visit(node, point) === false) return;
  for (const child of node.children ?? []) walk(child, point, visit);
}

function checkNode(node: Node, point: Point | undefined, at: GateContext, report: Report): boolean {
  switch (node.type) {
    case 'mdxjsEsm': {
      const isImport = /^\s*import\b/.test(String(node['value']));
      report(
        point,
        isImport ? 'import' : 'export',
        isImport
          ? "content may not import code; remove this line (the site's components, such as <Explainer>, work without an import)"
          : 'content may not export code; remove this line',
      );
      return false;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(String(node['value'])))
        report(
          point,
          'expression',
          `{${short(String(node['value']))}} is code that runs when the site is built; remove it, or write \\{ to show a brace`,
        );
      return false;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkJsxElement(node, point, at, report);
    case 'html':
      checkRawHtml(String(node['value']), point, at, report);
      return false;
    case 'link':
    case 'definition':
      checkLink(String(node['url']), point, report);
      return true;
    case 'image':
      checkResource(String(node['url']), point, report, 'image', at.dir);
      if (!String(node['alt'] ?? '').trim())
        report(
          point,
          'image',
          'this image has no alt text; describe it between the brackets: ![what the image shows](path)',
        );
      return true;
    default:
      return true;
  }
}

function checkJsxElement(node: Node, point: Point | undefined, at: GateContext, report: Report): boolean {
  const name = node['name'] as string | null;
  if (!name) {
    report(point, 'element', 'an empty <>…</> fragment is not needed; remove the <> and </>');
    return false;
  }
  const attributes = (node['attributes'] as Node[]) ?? [];
  const props: ComponentProps = {};
  for (const attr of attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      report(
        point,
        'expression',
        `{${short(String(attr['value']))}} spreads code into <${name}>; write each attribute as name="value"`,
      );
      continue;
    }
    const value = attr['value'];
    const attrName = String(attr['name']);
    if (value && typeof value === 'object') {
      report(
        point,
        'expression',
        `${attrName}={${short(String((value as Node)['value']))}} is code; write the value in quotes: ${attrName}="…"`,
      );
      continue;
    }
    props[attrName] = typeof value === 'string' ? value : true;
  }
  const component = at.components?.[name];
  if (component) {
    for (const p of component(props)) report(point, p.field, p.message);
    return true;
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    const known = Object.keys(at.components ?? {});
    report(
      point,
      'component',
      `<${name}> is not one of the site's components; use ${known.length ? `${known.map((k) => `<${k}>`).join(', ')} or ` : ''}Markdown`,
    );
    return false;
  }
  return checkHtmlElement(name.toLowerCase(), Object.entries(props), point, report);
}

/** Raw HTML inside Markdown (a block or an inline tag), parsed as the browser would read it. */
function checkRawHtml(html: string, point: Point | undefined, at: GateContext, report: Report) {
  if (/^<!--[\s\S]*-->$/.test(html.trim())) return;
  const tree = htmlToHast(html, { fragment: true }) as unknown as Node;
  walk(tree, point, (node) => {
    if (node.type !== 'element') return true;
    const tag = String(node['tagName']);
    const props = Object.entries((node['properties'] as Record<string, unknown>) ?? {}).map(
      ([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v === true ? true : String(v)] as [string, string | true],
    );
    // Markdown renders a component tag as HTML, which lowercases its name.
    const component = Object.entries(at.components ?? {}).find(([n]) => n.toLowerCase() === tag);
    if (component) {
      for (const p of component[1](Object.fromEntries(props))) report(point, p.field, p.message);
      return true;
    }
    return checkHtmlElement(tag, props, point, report);
  });
}

/** Checks one HTML element; false when it is refused (its attributes and children no longer matter). */
function checkHtmlElement(
  tag: string,
  props: [string, string | true][],
  point: Point | undefined,
  report: Report,
): boolean {
  const known = elementMessages[tag];
  if (known) {
    report(point, known[0], known[1]);
    return false;
  }
  if (!allowedElements.has(tag)) {
    report(
      point,
      'element',
      `<${tag}> is not an element content may use; write it in Markdown or use one of the site's components`,
    );
    return false;
  }
  for (const [rawName, value] of props) {
    const name = rawName.toLowerCase().replace(/^xlink:?/, 'xlink');
    if (/^on/.test(name)) {
      report(point, 'event handler', `the ${rawName.toLowerCase()} attribute runs code; remove it`);
    } else if (name === 'style') {
      report(point, 'style', 'inline styles can hide text and load files from elsewhere; remove the style attribute');
    } else if (urlAttributes.has(name) || name === 'xlinkhref') {
      if (typeof value === 'string') checkLink(value, point, report);
    } else if (resourceAttributes.has(name)) {
      const urls =
        typeof value !== 'string'
          ? []
          : name === 'srcset'
            ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '')
            : [value];
      const foreign = urls.find((url) => resourceProblem(url));
      if (foreign) checkResource(foreign, point, report, tag === 'img' ? 'image' : 'resource');
      else if (!allowedAttributes.has(name))
        report(point, 'attribute', `${rawName} is not an attribute content may use on <${tag}>; remove it`);
    } else if (!allowedAttributes.has(name)) {
      report(point, 'attribute', `${rawName} is not an attribute content may use on <${tag}>; remove it`);
    }
  }
  if (tag === 'img' && !props.some(([n, v]) => n.toLowerCase() === 'alt' && typeof v === 'string' && v.trim()))
    report(point, 'image', 'this image has no alt text; add alt="what the image shows"');
  return true;
}

/** Where a link may lead: elsewhere on this site, a fragment, an e-mail address or an https page. */
export function linkProblem(url: string): string | undefined {
  const u = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(withoutControls(u))?.[1]?.toLowerCase();
  if (/^[\\/]{2}/.test(u))
    return `${u} leaves the scheme to the page (file: in the offline kit); write https:${u.replace(/^[\\/]+/, '//')}`;
  if (!scheme) return undefined; // a path on this site or a #fragment
  if (scheme === 'https' || scheme === 'mailto') return undefined;
  if (scheme === 'http') return `${u} is not encrypted and exposes readers on the network; use the https:// address`;
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript')
    return `a ${scheme}: link runs code or smuggles data; link to an https:// page instead`;
  return `a ${scheme}: link is not allowed; link to an https:// page, a mailto: address or a page of this site`;
}

function checkLink(url: string, point: Point | undefined, report: Report) {
  const problem = linkProblem(url);
  if (problem) report(point, 'link', problem);
}

/** Where an image or other resource may come from: this site only, so no other server learns who reads what. */
export function resourceProblem(url: string): string | undefined {
  const u = withoutControls(url);
  if (!u) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//') || u.startsWith('\\\\') || u.startsWith('/\\'))
    return `${url.trim()} loads a file from another site, which tells that site who reads this page; copy the file into content/ and use a relative path`;
  return undefined;
}

function checkResource(url: string, point: Point | undefined, report: Report, field: string, dir?: string) {
  const problem = resourceProblem(url);
  if (problem) return report(point, field, problem);
  // A relative path is bundled by the build, which stops with a stack trace when the file is missing.
  const path = decodeURI(url.trim().split(/[?#]/)[0] ?? '');
  if (dir && path && !path.startsWith('/') && !existsSync(resolve(dir, path)))
    report(point, field, `${url.trim()} is not a file next to this one; check the path and the file name's capitals`);
}

/** Text that is rendered as text (titles, source fields, site settings): no markup at all. */
export function checkPlainText(
  text: string,
  at: { file: string; line: number; field: string; allowTags?: readonly string[] },
): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(/<\/?([a-z][a-z0-9-]*)\b[^>]*>?/gi)) {
    const tag = m[1]!.toLowerCase();
    if (at.allowTags?.includes(tag) && !/\s(on|style|href|src)/i.test(m[0])) continue;
    problems.push({
      file: at.file,
      line: at.line,
      field: at.field,
      message: `${short(m[0])} is markup in a field shown as plain text; remove the tag${at.allowTags?.length ? ` (only ${at.allowTags.map((t) => `<${t}>`).join(', ')} are allowed here)` : ''}`,
      severity: 'error',
    });
    break; // one line per field: the editor removes the markup and the rest goes with it
  }
  return problems;
}

/** Browsers ignore whitespace and control characters inside a scheme (java\tscript:), so the check does too. */
function withoutControls(url: string): string {
  return [...url].filter((c) => c.charCodeAt(0) > 32).join('');
}

function isComment(code: string): boolean {
  const t = code.trim();
  return /^\/\*[\s\S]*\*\/$/.test(t) && t.indexOf('*/') === t.length - 2;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

function place(at: GateContext, point: Point | undefined): { line: number; column?: number } {
  if (!point) return { line: at.line };
  const line = at.line + point.line - 1;
  if (at.column === undefined) return { line };
  return { line, column: point.line === 1 ? at.column + point.column - 1 : point.column };
}
