/**
 * Highlights the paths through a flow node on hover and keyboard focus: every element
 * whose data-lit-by lists the node's id (computed at build time) is lit, the rest fade.
 * Optional: without it the chart reads the same, every node is still a link.
 */
export function enhanceFlow(svg: SVGSVGElement): void {
  const lit = [...svg.querySelectorAll<SVGElement>('[data-lit-by]')];
  const light = (id: string | undefined) => {
    svg.classList.toggle('is-lit', !!id);
    for (const el of lit) el.classList.toggle('lit', !!id && (el.dataset['litBy'] ?? '').split(' ').includes(id));
  };
  for (const node of svg.querySelectorAll<SVGAElement>('a.flow-node')) {
    const on = () => light(node.dataset['id']);
    node.addEventListener('pointerenter', on);
    node.addEventListener('focus', on);
    node.addEventListener('pointerleave', () => light(undefined));
    node.addEventListener('blur', () => light(undefined));
  }
}
