// Text that must fit a column of the exported PNG/print legend: an imported layer's title is its
// file's name, often longer than the legend column ("ban-do-quy-hoach-su-dung-dat-2021-2030.geojson"),
// and was cut to one line with "…", losing the part that tells two files apart. It now wraps onto
// up to `maxLines` lines, breaking after a space, hyphen, underscore or dot where it can (file names
// have few spaces), inside a word where it must; only the last line still ends in "…".

/** Something that measures text as a canvas 2D context does (width in the context's pixels). */
export interface TextMeasure {
  measureText(text: string): { width: number };
}

/** `text` cut to fit `maxW`, ending in "…" when cut. */
export function fitText(ctx: TextMeasure, text: string, maxW: number): string {
  if (ctx.measureText(text).width <= maxW) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > maxW) s = s.slice(0, -1);
  return `${s}…`;
}

/** `text` as at most `maxLines` lines each within `maxW` (≥ 1 line; "…" ends a cut last line). */
export function wrapText(ctx: TextMeasure, text: string, maxW: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (lines.length < maxLines - 1 && ctx.measureText(rest).width > maxW) {
    // The longest prefix that fits (at least one character), then back to its last break.
    let n = 1;
    while (n < rest.length && ctx.measureText(rest.slice(0, n + 1)).width <= maxW) n++;
    const head = rest.slice(0, n);
    const brk = Math.max(
      head.lastIndexOf(' '),
      head.lastIndexOf('-'),
      head.lastIndexOf('_'),
      head.lastIndexOf('.'),
    );
    const cut = brk > 0 ? brk + 1 : n;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  lines.push(fitText(ctx, rest, maxW));
  return lines;
}
