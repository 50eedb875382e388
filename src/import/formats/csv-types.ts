// Which CSV columns hold numbers. A CSV has only text; a planner's `dien_tich` (area) column must
// still colour as classes, filter as a range and sort by value like a GeoJSON number. papaparse's
// own `dynamicTyping` decides per cell, which turns "001" into 1 and leaves a column half numbers,
// half text; here a whole column is numeric or it is not, and identifiers stay text.
//
// A column is numeric when every non-empty cell is a plain decimal number (sign, digits, one decimal
// separator, an exponent), none has a leading zero before another digit ("007", "0912 345 678":
// codes and phone numbers), none has more than 15 significant digits (a number would not keep them
// exactly: parcel and tax ids), and at least one cell is not empty. With a delimiter other than the
// comma, a decimal comma ("12,5", as Vietnamese and European spreadsheets write) counts as the
// point, as the coordinate columns' reading does. Empty cells of a numeric column become null.
//
// Thousands separators are never guessed: in such a file "1.500" may be one and a half or fifteen
// hundred, and a wrong number is worse than text. A column where a cell looks grouped by thousands
// ("1.500", "12.345.678", "1.234,5") or where both "." and "," appear stays text.

const DECIMAL = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;
const LEADING_ZERO = /^[-+]?0\d/;

const THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$/;

/** Whether `cell` (trimmed) is a number this file's delimiter allows (see the header). */
function numberLike(cell: string, delimiter: string): boolean {
  if (!DECIMAL.test(cell) || LEADING_ZERO.test(cell)) return false;
  if (delimiter === ',' && cell.includes(',')) return false;
  return cell.replace(/^[-+]|[.,]|[eE].*$/g, '').replace(/^0+/, '').length <= 15;
}

/**
 * Per column of `header` (skipping the indices in `skip`: the coordinate columns), whether it is
 * numeric by the rules above, over every row.
 */
export function numericColumns(
  header: readonly string[],
  rows: readonly string[][],
  delimiter: string,
  skip: ReadonlySet<number>,
): boolean[] {
  return header.map((_, i) => {
    if (skip.has(i)) return false;
    let any = false;
    let point = false;
    let comma = false;
    for (const row of rows) {
      const cell = (row[i] ?? '').trim();
      if (cell === '') continue;
      if (delimiter !== ',' && THOUSANDS.test(cell)) return false;
      if (!numberLike(cell, delimiter)) return false;
      point ||= cell.includes('.');
      comma ||= cell.includes(',');
      if (point && comma) return false;
      any = true;
    }
    return any;
  });
}

/** A numeric column's cell as a number (null when empty). */
export function cellNumber(cell: string | undefined, delimiter: string): number | null {
  const t = (cell ?? '').trim();
  if (t === '') return null;
  return Number(delimiter !== ',' ? t.replace(',', '.') : t);
}
