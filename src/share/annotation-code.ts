// Annotations in a link (issue 11 §1, `ann=`): a compact JSON array, UTF-8, base64url. Each
// annotation is [kind, colour, title, note, x0, y0, dx1, dy1, …]: kind 'p' | 'l' | 'a' (point, line,
// area), the colour's index in ANNOTATION_COLORS, and the vertices as whole 1e-5 degrees (about 1 m
// at this latitude), the first absolute and the rest as differences (short numbers for nearby
// vertices). Only links up to ANN_LINK_LIMIT characters carry them; bigger sets go as GeoJSON.
// Reading never trusts the link: every field is checked and anything off refuses the whole value.

export const ANNOTATION_KINDS = ['point', 'line', 'area'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** The palette (colour-blind-safe Okabe–Ito hues, dark enough for a 2 px line on the basemap). */
export const ANNOTATION_COLORS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#000000'] as const;

export interface Annotation {
  kind: AnnotationKind;
  /** Index into ANNOTATION_COLORS. */
  color: number;
  /** Plain text, shown as text (never HTML); at most TITLE_MAX characters. */
  title: string;
  /** Plain text; at most NOTE_MAX characters. */
  note: string;
  /** [lon, lat] in WGS 84 degrees: 1 for a point, ≥ 2 for a line, ≥ 3 for an area (not closed). */
  coords: [number, number][];
}

/** The longest `ann=` value written or read, in characters (base64url, so also bytes). */
export const ANN_LINK_LIMIT = 1024;
export const TITLE_MAX = 80;
export const NOTE_MAX = 500;
/** Vertices of one annotation, whatever the size of the link (GeoJSON files are held to it too). */
export const VERTICES_MAX = 500;
const SCALE = 1e5;
const CODES = { point: 'p', line: 'l', area: 'a' } as const;
const MIN_VERTICES: Record<AnnotationKind, number> = { point: 1, line: 2, area: 3 };

/** True when `a` is a well-formed annotation (the same check for links and GeoJSON files). */
export function validAnnotation(a: Annotation): boolean {
  const n = a.coords.length;
  return (
    ANNOTATION_KINDS.includes(a.kind) &&
    Number.isInteger(a.color) &&
    a.color >= 0 &&
    a.color < ANNOTATION_COLORS.length &&
    typeof a.title === 'string' &&
    a.title.length <= TITLE_MAX &&
    typeof a.note === 'string' &&
    a.note.length <= NOTE_MAX &&
    n >= MIN_VERTICES[a.kind] &&
    n <= (a.kind === 'point' ? 1 : VERTICES_MAX) &&
    a.coords.every(
      (c) =>
        Array.isArray(c) &&
        c.length === 2 &&
        Number.isFinite(c[0]) &&
        Number.isFinite(c[1]) &&
        Math.abs(c[0]) <= 180 &&
        Math.abs(c[1]) <= 85.06,
    )
  );
}

function toBase64Url(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return undefined;
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The `ann=` value of `list`, or null when it is longer than ANN_LINK_LIMIT (then only a GeoJSON
 * file carries them) or an annotation is not valid. Coordinates are rounded to 1e-5 degrees.
 */
export function encodeAnnotations(list: readonly Annotation[]): string | null {
  if (!list.every(validAnnotation)) return null;
  const rows = list.map((a) => {
    const ints = a.coords.map(([x, y]): [number, number] => [Math.round(x * SCALE), Math.round(y * SCALE)]);
    const flat = ints.flatMap(([x, y], i) => {
      const [px, py] = i === 0 ? [0, 0] : ints[i - 1]!;
      return [x - px, y - py];
    });
    return [CODES[a.kind], a.color, a.title, a.note, ...flat];
  });
  const code = toBase64Url(JSON.stringify(rows));
  return code.length <= ANN_LINK_LIMIT ? code : null;
}

/** The annotations of an `ann=` value; undefined when anything in it is off (the whole value is refused). */
export function decodeAnnotations(code: string): Annotation[] | undefined {
  if (code.length === 0 || code.length > ANN_LINK_LIMIT) return undefined;
  const json = fromBase64Url(code);
  if (json === undefined) return undefined;
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows)) return undefined;
  const out: Annotation[] = [];
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 6 || row.length % 2 !== 0) return undefined;
    const [code, color, title, note, ...nums] = row as unknown[];
    const kind = ANNOTATION_KINDS.find((k) => CODES[k] === code);
    if (!kind || !nums.every((v) => Number.isSafeInteger(v))) return undefined;
    const coords: [number, number][] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i < nums.length; i += 2) {
      x = i === 0 ? (nums[i] as number) : x + (nums[i] as number);
      y = i === 0 ? (nums[i + 1] as number) : y + (nums[i + 1] as number);
      coords.push([x / SCALE, y / SCALE]);
    }
    const a = { kind, color, title, note, coords } as Annotation;
    if (!validAnnotation(a)) return undefined;
    out.push(a);
  }
  return out;
}
