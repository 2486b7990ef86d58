/** Checks a chart option once, with a message naming it, instead of failing later in the maths. */
export function checkOption(name: string, value: unknown, ok: boolean): void {
  if (!ok) throw new Error(`invalid ${name}: ${JSON.stringify(value)}`);
}
