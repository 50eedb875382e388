// Visible focus everywhere (issue 11 §5): no stylesheet of the app removes the focus ring
// (`outline: none` / `outline: 0`) without drawing a replacement. A rule may remove it only for
// `:focus` (mouse focus) when a `:focus-visible` rule for the same element draws an outline or a
// box-shadow; anywhere else it fails, naming the file and selector.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Rule {
  selector: string;
  body: string;
}

/** The innermost `selector { declarations }` blocks of a stylesheet (comments removed). */
function rules(css: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1]!.trim(), body: m[2]! }));
}

const REMOVES = /(^|;|\s)outline\s*:\s*(none|0)\s*(;|$)/;
const DRAWS = /(^|;|\s)(outline\s*:(?!\s*(none|0)\s*(;|$))[^;]+|box-shadow\s*:(?!\s*none)[^;]+)/;

/** The selectors that remove the focus ring with no replacement, as "file: selector". */
function unreplacedOutlineRemovals(file: string, css: string): string[] {
  const all = rules(css);
  const bad: string[] = [];
  for (const rule of all.filter((r) => REMOVES.test(r.body))) {
    for (const part of rule.selector.split(',').map((s) => s.trim())) {
      const base = part.includes(':focus-visible') ? null : part.replace(/:focus\b/, ':focus-visible');
      const replaced =
        base !== null &&
        base !== part &&
        all.some((r) => DRAWS.test(r.body) && r.selector.split(',').some((s) => s.trim().startsWith(base)));
      if (!replaced) bad.push(`${file}: ${part}`);
    }
  }
  return bad;
}

function stylesheets(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...stylesheets(p));
    else if (p.endsWith('.css')) out.push(p);
  }
  return out;
}

describe('focus styles', () => {
  it('no stylesheet removes the focus ring without a :focus-visible replacement', () => {
    const files = stylesheets('src');
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap((f) => unreplacedOutlineRemovals(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the check catches a bare removal and accepts a replaced one', () => {
    expect(unreplacedOutlineRemovals('a.css', '.x { outline: none; }')).toEqual(['a.css: .x']);
    expect(unreplacedOutlineRemovals('a.css', '.x:focus { outline: 0 }')).toEqual(['a.css: .x:focus']);
    expect(
      unreplacedOutlineRemovals('a.css', '.x:focus { outline: none; } .x:focus-visible { outline: none; }'),
    ).toEqual(['a.css: .x:focus', 'a.css: .x:focus-visible']);
    expect(
      unreplacedOutlineRemovals(
        'a.css',
        '.x:focus { outline: none; } .x:focus-visible .handle { outline: 3px solid red; }',
      ),
    ).toEqual([]);
    expect(
      unreplacedOutlineRemovals(
        'a.css',
        '.y:focus { outline: none; } .y:focus-visible { box-shadow: 0 0 0 2px blue; }',
      ),
    ).toEqual([]);
  });

  it('gives every focusable element a visible ring by default', () => {
    const css = readFileSync('src/ui/styles.css', 'utf8');
    const ring = rules(css).find((r) => r.selector === ':focus-visible');
    expect(ring?.body).toMatch(/outline\s*:\s*2px solid/);
  });
});
