/**
 * The Markdown strings inside a training module's frontmatter (section content,
 * notes, questions, exercises, and every slide's points, question, activity and
 * notes), with their field paths, so citations and links in
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
    if (Array.isArray(s['slides']))
      (s['slides'] as Record<string, unknown>[]).forEach((slide, j) => {
        const at = ['sections', i, 'slides', j];
        if (Array.isArray(slide?.['points']))
          (slide['points'] as unknown[]).forEach(
            (p, k) => typeof p === 'string' && out.push({ path: [...at, 'points', k], text: p }),
          );
        for (const key of ['question', 'activity', 'notes'] as const)
          if (typeof slide?.[key] === 'string') out.push({ path: [...at, key], text: slide[key] as string });
      });
  });
  return out;
}

/**
 * Every text a training module keeps in its frontmatter, plain and Markdown, in reading
 * order: objectives, prerequisites, materials, then per section its title, prose and each
 * slide's title and text. A translation carries exactly these (src/schemas/translation.ts),
 * and the source hash covers them, so editing any of them marks translations outdated.
 */
export function moduleTexts(data: unknown): ProseField[] {
  const d = (data ?? {}) as Record<string, unknown>;
  const out: ProseField[] = [];
  for (const key of ['objectives', 'prerequisites', 'materials'] as const)
    if (Array.isArray(d[key]))
      (d[key] as unknown[]).forEach((v, i) => typeof v === 'string' && out.push({ path: [key, i], text: v }));
  const prose = moduleProse(data);
  const sections = Array.isArray(d['sections']) ? (d['sections'] as Record<string, unknown>[]) : [];
  sections.forEach((s, i) => {
    if (typeof s?.['title'] === 'string') out.push({ path: ['sections', i, 'title'], text: s['title'] as string });
    const slides = Array.isArray(s?.['slides']) ? (s['slides'] as Record<string, unknown>[]) : [];
    const titles = slides.flatMap((slide, j) =>
      typeof slide?.['title'] === 'string'
        ? [{ path: ['sections', i, 'slides', j, 'title'], text: slide['title'] }]
        : [],
    ) as ProseField[];
    out.push(...prose.filter((f) => f.path[1] === i && f.path[2] !== 'slides'), ...titles);
    out.push(...prose.filter((f) => f.path[1] === i && f.path[2] === 'slides'));
  });
  return out;
}
