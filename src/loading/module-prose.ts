/**
 * The Markdown strings inside a training module's frontmatter (section content,
 * notes, questions, exercises), with their field paths, so citations and links in
 * them are checked and counted like those in an entry's body.
 */
export interface ProseField {
  path: (string | number)[];
  text: string;
}

export function moduleProse(data: unknown): ProseField[] {
  const sections = (data as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections)) return [];
  const out: ProseField[] = [];
  sections.forEach((s: Record<string, unknown>, i) => {
    for (const key of ['content', 'notes'] as const)
      if (typeof s[key] === 'string') out.push({ path: ['sections', i, key], text: s[key] as string });
    if (Array.isArray(s['questions']))
      (s['questions'] as unknown[]).forEach(
        (q, j) => typeof q === 'string' && out.push({ path: ['sections', i, 'questions', j], text: q }),
      );
    if (Array.isArray(s['exercises']))
      (s['exercises'] as Record<string, unknown>[]).forEach((e, j) => {
        for (const key of ['prompt', 'answer'] as const)
          if (typeof e?.[key] === 'string')
            out.push({ path: ['sections', i, 'exercises', j, key], text: e[key] as string });
      });
  });
  return out;
}
