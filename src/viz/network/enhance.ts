/**
 * Browser enhancement of the server-rendered network: a filter by tactic or
 * organisation, and selection of a node (click, Enter or Space) that lists its cases.
 * The SVG and its links stay as they are; this only adds state on top.
 */
interface NetworkClient {
  members: Record<string, string[]>;
  cases: Record<string, { title: string; href: string; date: string }[]>;
  actorHref: Record<string, string>;
  names: Record<string, string>;
}

export function enhanceNetwork(figure: HTMLElement): void {
  const data = JSON.parse(figure.querySelector('[data-network-data]')?.textContent ?? '{}') as NetworkClient;
  const controls = figure.querySelector<HTMLElement>('[data-network-controls]');
  const select = figure.querySelector<HTMLSelectElement>('[data-network-filter]');
  const panel = figure.querySelector<HTMLElement>('[data-network-panel]');
  const nodes = [...figure.querySelectorAll<SVGAElement>('a.node')];
  const edges = [...figure.querySelectorAll<SVGLineElement>('line.edge')];
  if (!controls || !select || !panel) return;
  controls.hidden = false;

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

  const show = (id: string) => {
    for (const n of nodes) n.classList.toggle('selected', n.dataset['id'] === id);
    const cases = data.cases[id] ?? [];
    const name = data.names[id] ?? id;
    const items = cases
      .map((c) => `<li><a href="${c.href}">${escapeHtml(c.title)}</a> (${escapeHtml(c.date)})</li>`)
      .join('');
    panel.innerHTML = `<h4>${escapeHtml(name)}</h4>${cases.length ? `<ul>${items}</ul>` : '<p>No documented case names this actor directly.</p>'}<p><a href="${data.actorHref[id]}">Open the page on ${escapeHtml(name)}</a></p>`;
  };

  for (const node of nodes) {
    node.setAttribute('role', 'button');
    node.setAttribute('aria-controls', panel.id || (panel.id = `${figure.id || 'network'}-panel`));
    const activate = (event: Event) => {
      event.preventDefault();
      show(node.dataset['id'] ?? '');
    };
    node.addEventListener('click', activate);
    node.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter') activate(event);
    });
  }
  select.addEventListener('change', applyFilter);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
