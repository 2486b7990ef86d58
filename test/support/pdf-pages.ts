/**
 * Reads what each page of a PDF that Chromium printed draws, so a test can tell a blank
 * page from a printed one without a PDF tool: every page's content stream is inflated
 * and its text-showing operators (Tj, TJ) and painted paths counted.
 */
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Text-showing operations on the page. */
  texts: number;
  /** Filled or stroked paths (rules, boxes, lines to write on). */
  paths: number;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; start: number; end: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const streamAt = body.indexOf('stream');
    const start = m.index! + m[0].indexOf(body) + streamAt;
    objects.set(Number(m[1]), {
      dict: streamAt >= 0 ? body.slice(0, streamAt) : body,
      start: streamAt >= 0 ? start + (body[streamAt + 6] === '\r' ? 8 : 7) : -1,
      end: streamAt >= 0 ? m.index! + m[0].lastIndexOf('endstream') : -1,
    });
  }
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  if (!root) throw new Error('PDF has no page tree');
  const kids = (dict: string): number[] =>
    [.../\/Kids\s*\[([^\]]*)\]/.exec(dict)![1]!.matchAll(/(\d+) 0 R/g)].flatMap((k) => {
      const o = objects.get(Number(k[1]))!;
      return /\/Type\s*\/Pages\b/.test(o.dict) ? kids(o.dict) : [Number(k[1])];
    });
  return kids(root.dict).map((n) => {
    const page = objects.get(n)!;
    const contents = [.../\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)![1]!.matchAll(/(\d+) 0 R/g)].map((c) => {
      const o = objects.get(Number(c[1]))!;
      const raw = pdf.subarray(o.start, o.end);
      return /\/FlateDecode/.test(o.dict) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    });
    const ops = contents.join('\n');
    return {
      texts: (ops.match(/\bT[jJ]\b/g) ?? []).length,
      paths: (ops.match(/\b(?:f\*?|S|B\*?)\s*$/gm) ?? []).length,
    };
  });
}
