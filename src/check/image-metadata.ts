/**
 * Finds and strips metadata in JPEG and PNG files. A photo's EXIF block can carry the
 * GPS position where it was taken and the camera's serial number, which could expose a
 * source; the content check refuses such images and `npm run check -- --fix` strips them.
 */
export interface ImageMetadata {
  kinds: string[];
  gps: boolean;
}

const jpegMetadataMarkers = new Set([
  0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xef, 0xfe,
]);
const pngMetadataChunks = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

function isJpeg(b: Uint8Array) {
  return b[0] === 0xff && b[1] === 0xd8;
}
function isPng(b: Uint8Array) {
  return b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
}

/** Walks JPEG segments up to the image data, calling visit for each header segment. */
function jpegSegments(b: Uint8Array, visit: (marker: number, start: number, end: number) => void) {
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // start of scan: image data follows
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    visit(marker, i, i + 2 + length);
    i += 2 + length;
  }
}

function pngChunks(b: Uint8Array, visit: (type: string, start: number, end: number) => void) {
  let i = 8;
  while (i + 12 <= b.length) {
    const length = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    visit(type, i, i + 12 + length);
    i += 12 + length;
  }
}

export function findMetadata(b: Uint8Array): ImageMetadata {
  const kinds = new Set<string>();
  let gps = false;
  const text = (s: number, e: number) => String.fromCharCode(...b.subarray(s, Math.min(e, s + 64)));
  if (isJpeg(b)) {
    jpegSegments(b, (marker, start, end) => {
      if (!jpegMetadataMarkers.has(marker)) return;
      const head = text(start + 4, end);
      const kind = head.startsWith('Exif')
        ? 'EXIF'
        : head.startsWith('http://ns.adobe.com/xap')
          ? 'XMP'
          : marker === 0xfe
            ? 'comment'
            : `APP${marker - 0xe0}`;
      kinds.add(kind);
      // GPS IFD pointer tag 0x8825, in either byte order.
      if (kind === 'EXIF')
        for (let i = start; i < end - 1; i++)
          if ((b[i] === 0x88 && b[i + 1] === 0x25) || (b[i] === 0x25 && b[i + 1] === 0x88)) gps = true;
    });
  } else if (isPng(b)) {
    pngChunks(b, (type) => {
      if (pngMetadataChunks.has(type)) kinds.add(type === 'eXIf' ? 'EXIF' : `PNG ${type}`);
    });
  }
  return { kinds: [...kinds], gps };
}

/** The same image without metadata segments; pixels untouched. */
export function stripMetadata(b: Uint8Array): Uint8Array {
  const keep: [number, number][] = [];
  if (isJpeg(b)) {
    let last = 2;
    keep.push([0, 2]);
    jpegSegments(b, (marker, start, end) => {
      if (!jpegMetadataMarkers.has(marker)) keep.push([start, end]);
      last = end;
    });
    keep.push([last, b.length]);
  } else if (isPng(b)) {
    keep.push([0, 8]);
    pngChunks(b, (type, start, end) => {
      if (!pngMetadataChunks.has(type)) keep.push([start, end]);
    });
  } else return b;
  const out = new Uint8Array(keep.reduce((n, [s, e]) => n + (e - s), 0));
  let at = 0;
  for (const [s, e] of keep) {
    out.set(b.subarray(s, e), at);
    at += e - s;
  }
  return out;
}
