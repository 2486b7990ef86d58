/**
 * The site's components content may use (src/components/mdx.ts), each with a check of its
 * literal props, so a typo is a check error at file:line instead of a failed build.
 */
import { explainerKinds } from '../site/routes.ts';
import type { ComponentProps, ComponentRule } from './markdown-gate.ts';
import { didYouMean } from './suggest.ts';

export interface ComponentData {
  /** Ids of cases that record a vote: the values <Explainer kind="votes" case="…"> accepts. */
  voteCases: readonly string[];
}

export function siteComponents({ voteCases }: ComponentData): Record<string, ComponentRule> {
  return {
    Explainer: (props) => explainerProblems(props, voteCases),
    PublisherDetails: noProps('PublisherDetails', 'it shows the publisher and contact from site.json'),
  };
}

/** A component that takes everything from site.json: any attribute is a mistake. */
function noProps(component: string, why: string): ComponentRule {
  return (props) =>
    Object.keys(props).map((name) => ({
      field: `${component} ${name}`,
      message: `<${component}> takes no attributes (${why}); remove ${name}`,
    }));
}

function explainerProblems(props: ComponentProps, voteCases: readonly string[]) {
  const out: { field: string; message: string }[] = [];
  const { kind, case: caseId, ...rest } = props;
  for (const name of Object.keys(rest))
    out.push({
      field: `Explainer ${name}`,
      message: `<Explainer> has no ${name} attribute; use kind="…" and, for votes, case="…".${didYouMean(name, ['kind', 'case'])}`,
    });
  if (typeof kind !== 'string') {
    out.push({
      field: 'Explainer kind',
      message: `is required; write kind="…" with one of: ${explainerKinds.join(', ')}`,
    });
    return out;
  }
  if (!(explainerKinds as readonly string[]).includes(kind)) {
    out.push({
      field: 'Explainer kind',
      message: `"${kind}" is not an explainer; use one of: ${explainerKinds.join(', ')}.${didYouMean(kind, explainerKinds)}`,
    });
    return out;
  }
  if (caseId === undefined) return out;
  if (kind !== 'votes') {
    out.push({ field: 'Explainer case', message: `only kind="votes" takes a case; remove case="${String(caseId)}"` });
  } else if (typeof caseId !== 'string' || !voteCases.includes(caseId)) {
    out.push({
      field: 'Explainer case',
      message: `"${String(caseId)}" is not a case with a recorded vote; use one of: ${voteCases.join(', ') || '(none yet: add vote: to a case)'}.${didYouMean(String(caseId), voteCases)}`,
    });
  }
  return out;
}
