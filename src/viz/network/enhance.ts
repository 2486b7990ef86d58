/**
 * Browser enhancement of the server-rendered network: a filter by tactic or
 * organisation; selection of a node (click, Enter or Space) that highlights it, its
 * links and its neighbours and lists its cases in a panel under the chart (so the chart
 * does not move); arrow keys that move focus to the neighbour in that direction.
 * The SVG and its links stay as they are; this only adds state on top.
 */
interface NetworkClient {
  members: Record<string, string[]>;
  cases: Record<string, { title: string; href: string; date: string }[]>;
  actorHref: Record<string, string>;
  names: Record<string, string>;
  words?: { open: string; linkedTo: string; noCase: string };
}

const englishWords = {
  open: 'Open the page on {name}',
  linkedTo: 'Linked to {names}.',
  noCase: 'No documented case names this actor directly.',
};

const directions: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export function enhanceNetwork(figure: HTMLElement): void {
  const data = JSON.parse(figure.querySelector('[data-network-data]')?.textContent ?? '{}') as NetworkClient;
  const controls = figure.querySelector<HTMLElement>('[data-network-controls]');
  const select = figure.querySelector<HTMLSelectElement>('[data-network-filter]');
  const panel = figure.querySelector<HTMLElement>('[data-network-panel]');
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-network');
  const nodes = [...figure.querySelectorAll<SVGAElement>('a.node')];
  const edges = [...figure.querySelectorAll<SVGLineElement>('line.edge')];
  if (!controls || !select || !panel || !svg) return;
  controls.hidden = false;
  panel.hidden = false;
  const byId = new Map(nodes.map((n) => [n.dataset['id'] ?? '', n]));
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    const { source = '', target = '' } = edge.dataset;
    neighbours.set(source, (neighbours.get(source) ?? new Set()).add(target));
    neighbours.set(target, (neighbours.get(target) ?? new Set()).add(source));
  }
  const centre = (node: SVGAElement) => {
    const mark = node.querySelector<SVGGraphicsElement>('.mark')!.getBBox();
    return [mark.x + mark.width / 2, mark.y + mark.height / 2] as const;
  };

  const applyFilter = () => {
    const [kind, id] = select.value.split(':');
    const visible = new Set<string>();
    for (const edge of edges) {
      const { source = '', target = '', tactics = '' } = edge.dataset;
      const shown =
        !kind ||
        (kind === 'tactic' && tactics.split(' ').includes(id!)) ||
        (kind === 'org' && (target === id || source === id) && edge.classList.contains('edge-membership'));
      edge.classList.toggle('dimmed', !shown);
      if (shown) visible.add(source).add(target);
    }
    if (kind === 'org') for (const m of data.members[id!] ?? []) visible.add(m).add(id!);
    for (const node of nodes) node.classList.toggle('dimmed', !!kind && !visible.has(node.dataset['id'] ?? ''));
    figure.dataset['filter'] = select.value;
  };

  /** An element with text: built as nodes, never as an HTML string, so no text can become markup. */
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attrs: Record<string, string> = {}) => {
    const node = document.createElement(tag);
    node.textContent = text;
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  };

  const show = (id: string) => {
    const near = neighbours.get(id) ?? new Set<string>();
    svg.classList.add('has-selection');
    for (const n of nodes) {
      const nid = n.dataset['id'] ?? '';
      n.classList.toggle('selected', nid === id);
      n.classList.toggle('neighbour', near.has(nid));
    }
    for (const e of edges) e.classList.toggle('lit', e.dataset['source'] === id || e.dataset['target'] === id);
    const cases = data.cases[id] ?? [];
    const name = data.names[id] ?? id;
    const linked = [...near].map((n) => data.names[n] ?? n).sort((p, q) => p.localeCompare(q));
    const list = el('ul');
    for (const c of cases) {
      const item = el('li');
      item.append(el('a', c.title, { href: c.href }), ` (${c.date})`);
      list.append(item);
    }
    const open = el('p');
    const words = data.words ?? englishWords;
    open.append(el('a', words.open.replace('{name}', name), { href: data.actorHref[id] ?? '' }));
    panel.replaceChildren(
      el('p', name, { class: 'network-panel-title' }),
      ...(linked.length ? [el('p', words.linkedTo.replace('{names}', linked.join(', ')))] : []),
      cases.length ? list : el('p', words.noCase),
      open,
    );
  };

  /** The neighbour (or, failing that, any node) nearest in the arrow's direction. */
  const step = (from: SVGAElement, [dx, dy]: [number, number]) => {
    const [x0, y0] = centre(from);
    const near = neighbours.get(from.dataset['id'] ?? '') ?? new Set<string>();
    const best = (pool: SVGAElement[]) => {
      let found: SVGAElement | undefined;
      let score = Number.POSITIVE_INFINITY;
      for (const n of pool) {
        if (n === from) continue;
        const [x, y] = centre(n);
        const along = (x - x0) * dx + (y - y0) * dy;
        const across = Math.abs((x - x0) * dy - (y - y0) * dx);
        if (along <= 0 || across > along * 2) continue;
        const s = along + across * 2;
        if (s < score) [found, score] = [n, s];
      }
      return found;
    };
    return best([...near].map((id) => byId.get(id)!).filter(Boolean)) ?? best(nodes);
  };

  panel.id ||= `${figure.id || 'network'}-panel`;
  for (const node of nodes) {
    node.setAttribute('role', 'button');
    node.setAttribute('aria-controls', panel.id);
    const activate = (event: Event) => {
      event.preventDefault();
      show(node.dataset['id'] ?? '');
    };
    node.addEventListener('click', activate);
    node.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter') activate(event);
      const dir = directions[event.key];
      if (!dir) return;
      event.preventDefault();
      step(node, dir)?.focus();
    });
  }
  select.addEventListener('change', applyFilter);
}
