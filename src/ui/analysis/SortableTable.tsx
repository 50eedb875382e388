// A table whose columns sort on a header click (aria-sort on the header), whose rows can be chosen
// (a button in the first cell: select + zoom on the map), and which exports itself as CSV and
// GeoJSON. Unknown values (null) always sort last, whichever the direction.
import type { Geometry } from 'geojson';
import { type ReactNode, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { ExportButtons } from '../ExportButtons';
import { SortHeader } from '../SortHeader';
import { type CellValue, type ExportColumn, toCsv, toGeoJson } from './export';

export interface Column<R> extends ExportColumn<R> {
  /** The sort key (defaults to `value`); null sorts last. */
  sortValue?: (row: R) => string | number | null;
  /** What the cell shows (defaults to the value as text). */
  render?: (row: R) => ReactNode;
  /** A tooltip for the cell (e.g. the name of the nearest corridor). */
  title?: (row: R) => string | undefined;
  numeric?: boolean;
}

export type SortDir = 'ascending' | 'descending';
export interface SortState {
  column: string;
  dir: SortDir;
}

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

function sortKey<R>(c: Column<R>, r: R): string | number | null {
  const v: CellValue = c.sortValue ? c.sortValue(r) : c.value(r);
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return null;
  return typeof v === 'boolean' ? Number(v) : v;
}

/** Stable sort of `rows` by a column; nulls last in both directions. */
export function sortRows<R>(rows: readonly R[], columns: Column<R>[], sort: SortState | null): R[] {
  const out = [...rows];
  if (!sort) return out;
  const c = columns.find((x) => x.id === sort.column);
  if (!c) return out;
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const keyed = out.map((r, i) => ({ r, i, k: sortKey(c, r) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const d =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : collator.compare(String(a.k), String(b.k));
    return d !== 0 ? sign * d : a.i - b.i;
  });
  return keyed.map((x) => x.r);
}

/** The next sort after clicking a header: a new column sorts ascending, the same one flips. */
export function nextSort(cur: SortState | null, column: string): SortState {
  return cur?.column === column
    ? { column, dir: cur.dir === 'ascending' ? 'descending' : 'ascending' }
    : { column, dir: 'ascending' };
}

interface Props<R> {
  /** The table's name: caption, export file name, export buttons' labels. */
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  /** Rows become choosable: the first column's cell is a button that calls this. */
  onChoose?: (row: R) => void;
  chosenKey?: string | null;
  /** Rows kept under the body, unsorted (e.g. the province total). */
  footer?: R[];
  initialSort?: SortState | null;
  geometryOf: (row: R) => Geometry | null;
  testId?: string;
}

export function SortableTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  onChoose,
  chosenKey,
  footer = [],
  initialSort = null,
  geometryOf,
  testId,
}: Props<R>) {
  const f = useT();
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const all = [...rows, ...footer];

  const cell = (c: Column<R>, r: R, first: boolean, chooseable: boolean) => {
    const content = c.render ? c.render(r) : String(c.value(r) ?? '');
    const title = c.title?.(r);
    if (first) {
      return (
        <th scope="row" key={c.id} title={title}>
          {chooseable && onChoose ? (
            <button
              type="button"
              className="row-choose"
              aria-label={f.t('analysis.table.select', { name: String(c.value(r) ?? '') })}
              onClick={() => onChoose(r)}
            >
              {content}
            </button>
          ) : (
            content
          )}
        </th>
      );
    }
    return (
      <td key={c.id} className={c.numeric ? 'num' : undefined} title={title}>
        {content}
      </td>
    );
  };

  return (
    <div className="table-block" data-testid={testId}>
      <div className="table-tools">
        <span className="table-caption" id={testId ? `${testId}-caption` : undefined}>
          {caption} ·{' '}
          {footer.length > 0
            ? f.t('analysis.table.rowsWithFooter', {
                count: f.num(rows.length),
                footer: f.num(footer.length),
              })
            : f.t('analysis.table.rows', { count: f.num(rows.length) })}
        </span>
        <ExportButtons
          caption={caption}
          csv={() => toCsv(columns, all)}
          geojson={() => JSON.stringify(toGeoJson(columns, all, geometryOf))}
        />
      </div>
      <div className="table-scroll">
        <table className="analysis-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const ariaSort = sort?.column === c.id ? sort.dir : 'none';
                return (
                  <SortHeader
                    key={c.id}
                    id={c.id}
                    label={c.label}
                    sort={ariaSort}
                    numeric={c.numeric}
                    onSort={() => setSort((s) => nextSort(s, c.id))}
                  />
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{f.t('analysis.table.empty')}</td>
              </tr>
            )}
            {sorted.map((r) => {
              const key = rowKey(r);
              return (
                <tr key={key} data-row-key={key} className={key === chosenKey ? 'chosen' : undefined}>
                  {columns.map((c, i) => cell(c, r, i === 0, true))}
                </tr>
              );
            })}
          </tbody>
          {footer.length > 0 && (
            <tfoot>
              {footer.map((r) => (
                <tr key={rowKey(r)} data-row-key={rowKey(r)}>
                  {columns.map((c, i) => cell(c, r, i === 0, false))}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </div>
  );
}
