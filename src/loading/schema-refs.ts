import type { z } from 'astro/zod';

/** Where a schema holds references: a path with '*' for list items, and the collection referred to. */
export interface RefSlot {
  path: (string | '*')[];
  collection: string;
}

interface Introspectable {
  def: { type: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; in?: unknown };
  meta(): { refersTo?: string } | undefined;
}

/** Finds every reference field in a schema by the metadata `ref()` leaves on it. */
export function refSlots(schema: z.ZodType): RefSlot[] {
  const slots: RefSlot[] = [];
  const walk = (node: Introspectable, path: (string | '*')[]) => {
    const target = node.meta()?.refersTo;
    if (target) {
      slots.push({ path, collection: target });
      return;
    }
    const def = node.def;
    if (def.type === 'object' && def.shape) {
      for (const [key, child] of Object.entries(def.shape)) walk(child as Introspectable, [...path, key]);
    } else if (def.type === 'array' && def.element) {
      walk(def.element as Introspectable, [...path, '*']);
    } else if (def.innerType) {
      walk(def.innerType as Introspectable, path);
    } else if (def.type === 'pipe' && def.in) {
      walk(def.in as Introspectable, path);
    }
  };
  walk(schema as unknown as Introspectable, []);
  return slots;
}

/** The values found at a slot in parsed data, each with its concrete path (indices filled in). */
export function valuesAt(data: unknown, slot: RefSlot): { path: (string | number)[]; value: string }[] {
  const out: { path: (string | number)[]; value: string }[] = [];
  const walk = (node: unknown, rest: (string | '*')[], path: (string | number)[]) => {
    if (!rest.length) {
      if (typeof node === 'string') out.push({ path, value: node });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, tail, [...path, i]));
    } else if (node && typeof node === 'object') {
      walk((node as Record<string, unknown>)[head!], tail, [...path, head!]);
    }
  };
  walk(data, slot.path, []);
  return out;
}
