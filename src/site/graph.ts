/**
 * The web of relations between entries: every reference field (found from the schemas)
 * and every citation in prose becomes an edge. Pages read both directions from here, so
 * a relation is written once, on one side, and shows on both.
 */
import { collections, type CollectionName } from '../schemas/collections.ts';
import { citedKeys } from '../citations/citations.ts';
import { refSlots, valuesAt } from '../loading/schema-refs.ts';

export interface NodeKey {
  collection: CollectionName;
  id: string;
}

export interface Edge {
  from: NodeKey;
  to: NodeKey;
  /** The field that holds the reference (e.g. answers, memberOf), or 'cites'. */
  field: string;
  /**
   * Set when the editors made this link and the sources do not state it: the one-line
   * reason from the entry's `inferred` field. Pages and charts show such links differently.
   */
  inferred?: string;
}

export interface GraphInput {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

export interface Graph {
  edges: Edge[];
  outgoing(node: NodeKey, field?: string): NodeKey[];
  incoming(node: NodeKey, field?: string): NodeKey[];
  /** The editors' reason if the link from -> to (through field, or any field) is their inference. */
  inferredReason(from: NodeKey, to: NodeKey, field?: string): string | undefined;
}

const keyOf = (n: NodeKey) => `${n.collection}/${n.id}`;

/** `sourceKey` maps a cited key or alias (an exported id such as Adams2001) to the source's key. */
export function buildGraph(entries: GraphInput[], sourceKey: (key: string) => string = (k) => k): Graph {
  const edges: Edge[] = [];
  const slotsByCollection = new Map<CollectionName, ReturnType<typeof refSlots>>();
  for (const entry of entries) {
    const from = { collection: entry.collection, id: entry.id };
    const inferred = (entry.data['inferred'] ?? {}) as Record<string, Record<string, string> | undefined>;
    if (!slotsByCollection.has(entry.collection))
      slotsByCollection.set(entry.collection, refSlots(collections[entry.collection].schema));
    for (const slot of slotsByCollection.get(entry.collection)!) {
      const field = slot.path.filter((p) => p !== '*').join('.');
      for (const { value } of valuesAt(entry.data, slot)) {
        const reason = inferred[field]?.[value];
        const to = { collection: slot.collection as CollectionName, id: value };
        edges.push(reason ? { from, to, field, inferred: reason } : { from, to, field });
      }
    }
    for (const key of citedKeys(entry.body ?? ''))
      edges.push({ from, to: { collection: 'sources', id: sourceKey(key) }, field: 'cites' });
  }
  const out = new Map<string, Edge[]>();
  const into = new Map<string, Edge[]>();
  for (const e of edges) {
    (out.get(keyOf(e.from)) ?? out.set(keyOf(e.from), []).get(keyOf(e.from))!).push(e);
    (into.get(keyOf(e.to)) ?? into.set(keyOf(e.to), []).get(keyOf(e.to))!).push(e);
  }
  const unique = (nodes: NodeKey[]) => [...new Map(nodes.map((n) => [keyOf(n), n])).values()];
  return {
    edges,
    outgoing: (node, field) =>
      unique((out.get(keyOf(node)) ?? []).filter((e) => !field || e.field === field).map((e) => e.to)),
    incoming: (node, field) =>
      unique((into.get(keyOf(node)) ?? []).filter((e) => !field || e.field === field).map((e) => e.from)),
    inferredReason: (from, to, field) => {
      const found = (out.get(keyOf(from)) ?? []).filter(
        (e) => keyOf(e.to) === keyOf(to) && (!field || e.field === field),
      );
      // A link stated anywhere by the sources outweighs the same link inferred elsewhere.
      return found.length && found.every((e) => e.inferred) ? found[0]!.inferred : undefined;
    },
  };
}
