// Finds UI text written straight into the components instead of coming from the locale tables
// (issue 11 §5). It reads .tsx sources with the TypeScript compiler API and reports:
// - JSX text children that contain a letter ("Close", "Đóng");
// - string literals (and template parts) in JSX child expressions ({ok ? 'Yes' : 'No'}) and in
//   user-facing attributes (aria-label, title, placeholder, alt, label, aria-valuetext, …).
// Strings inside a call (t('key'), f.qualified(v, 'exact', 'ha')) are arguments, not text, and are
// skipped; so are the operands of ===/!== comparisons and object keys. The trade-off: a literal
// passed to a helper that shows it verbatim is not caught; the browser tests' word checks cover some.
import ts from 'typescript';

/** Attributes whose value a user reads or hears. */
export const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

export interface HardCodedString {
  file: string;
  line: number;
  /** 'text' for a JSX text child, 'child' for a literal in a child expression, else the attribute. */
  where: string;
  text: string;
}

const LETTER = /\p{L}/u;

/** Letter-bearing literals in an expression, skipping calls, comparisons and object keys. */
function literalsIn(node: ts.Node, out: ts.Node[]): void {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return;
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken
    )
      return;
  }
  if (ts.isElementAccessExpression(node)) {
    literalsIn(node.expression, out);
    return;
  }
  if (ts.isPropertyAssignment(node)) {
    literalsIn(node.initializer, out);
    return;
  }
  // JSX nested inside an expression is visited by the main walk.
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return;
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  ) {
    out.push(node);
    return;
  }
  ts.forEachChild(node, (child) => literalsIn(child, out));
}

function literalText(node: ts.Node): string {
  return (node as ts.LiteralLikeNode).text;
}

/**
 * The hard-coded strings of one .tsx source. `allowed(text)` says whether a string is a known
 * non-language token (the caller's allow-list); strings without any letter are never reported.
 */
export function scanTsx(file: string, source: string, allowed: (text: string) => boolean): HardCodedString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, where: string, raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!LETTER.test(text) || allowed(text)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, where, text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, 'text', node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const lits: ts.Node[] = [];
      literalsIn(node.expression, lits);
      for (const lit of lits) report(lit, 'child', literalText(lit));
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(sf);
      if (USER_FACING_ATTRIBUTES.has(name) && node.initializer) {
        const init = node.initializer;
        if (ts.isStringLiteral(init)) report(init, name, init.text);
        else if (ts.isJsxExpression(init) && init.expression) {
          const lits: ts.Node[] = [];
          literalsIn(init.expression, lits);
          for (const lit of lits) report(lit, name, literalText(lit));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}
