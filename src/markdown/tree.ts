/** Minimal mdast walking, enough for our two plugins without another dependency. */
export interface MdNode {
  type: string;
  value?: string | undefined;
  url?: string | undefined;
  children?: MdNode[] | undefined;
  data?: { hName?: string | undefined; hProperties?: Record<string, unknown> | undefined } | undefined;
}

/** Calls visit on every node with its parent; visit may return replacement nodes for the child. */
export function transformChildren(node: MdNode, visit: (child: MdNode) => MdNode[] | undefined, skip: Set<string>): void {
  if (!node.children) return;
  const next: MdNode[] = [];
  for (const child of node.children) {
    const replaced = skip.has(child.type) ? undefined : visit(child);
    if (replaced) next.push(...replaced);
    else {
      transformChildren(child, visit, skip);
      next.push(child);
    }
  }
  node.children = next;
}
