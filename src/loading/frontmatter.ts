import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

export interface ParsedMdx {
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The line of a frontmatter field (or the nearest existing parent), for messages. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line on which a text field's value starts: the line after `key: |` for a block scalar. */
  textLineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, with the line they are on. */
  syntaxErrors: { line: number; message: string }[];
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into YAML frontmatter and body, keeping line numbers for messages. */
export function parseMdx(file: string): ParsedMdx {
  const text = file.replace(/^\uFEFF/, '');
  const match = fence.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyLine: 1,
      lineOf: () => 1,
      textLineOf: () => 1,
      syntaxErrors: [
        {
          line: 1,
          message: 'has no frontmatter; start the file with a line of three dashes (---), the fields, then another ---',
        },
      ],
    };
  }
  const yamlText = match[1]!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // Frontmatter starts on line 2 (line 1 is the opening ---).
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const syntaxErrors = doc.errors.map((e) => ({
    line: toFileLine(e.pos[0]),
    message: `is not valid YAML (${e.code.toLowerCase().replace(/_/g, ' ')}); check quotes, colons and indentation`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      const keyLine = keyLineOf(doc.contents, path.slice(0, depth), toFileLine);
      if (keyLine) return keyLine;
      if (node?.range) return toFileLine(node.range[0]);
    }
    return 2;
  };
  const textLineOf = (path: readonly PropertyKey[]): number => {
    const node = doc.getIn(path as unknown[], true) as { type?: string; range?: [number, number, number] } | undefined;
    if (node?.type === 'BLOCK_LITERAL' || node?.type === 'BLOCK_FOLDED') return lineOf(path) + 1;
    return node?.range ? toFileLine(node.range[0]) : lineOf(path);
  };
  const bodyStart = match[0].length;
  return {
    data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}),
    body: text.slice(bodyStart),
    bodyLine: text.slice(0, bodyStart).split('\n').length,
    lineOf,
    textLineOf,
    syntaxErrors,
  };
}

/** Line of the key itself (e.g. `actors:`), which is where an editor looks for a field. */
function keyLineOf(root: unknown, path: readonly PropertyKey[], toLine: (o: number) => number): number | undefined {
  let node: unknown = root;
  let line: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) return undefined;
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) line = toLine(range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) return undefined;
      if (item.range) line = toLine(item.range[0]);
      node = item;
    } else {
      return undefined;
    }
  }
  return line;
}

/** 1-based line of a character offset within a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
