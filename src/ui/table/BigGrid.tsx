// The grid of a large layer's attribute table: the same markup as VirtualTable (sort buttons in the
// header with aria-sort, a "select" button in each row's first cell, the chosen row highlighted and
// scrolled into view), but a row is a layer ordinal of `rows` (a Uint32Array) and its cells are read
// from the chunks only for the rows in view (@tanstack/react-virtual), so 1M rows make no objects.
import type { Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { SortHeader } from '../SortHeader';
import type { BigColumn } from './big-columns';
import { chooseRow } from './VirtualTable';

const ROW_HEIGHT = 26;

interface Props {
  /** The header and sort state only (no row model: rows are `rows`). */
  table: Table<never>;
  columns: BigColumn[];
  layer: string;
  caption: string;
  /** Layer ordinals in the shown order. */
  rows: Uint32Array;
  /** The selected feature's ordinal when it is of this layer. */
  selected: number | null;
}

export function BigGrid({ table, columns, layer, caption, rows, selected }: Props) {
  const f = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 800, height: 400 },
  });
  // A new order or filter shows its first rows (then the selected row's effect below, if any).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new `rows`
  useEffect(() => virtualizer.scrollToOffset(0), [rows, virtualizer]);
  useEffect(() => {
    if (selected === null) return;
    const i = rows.indexOf(selected);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [selected, rows, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const span = Math.max(1, columns.length);
  const spacer = (height: number) => (
    <tr className="spacer">
      <td colSpan={span} style={{ height, padding: 0, border: 'none' }} />
    </tr>
  );
  return (
    <div className="table-scroll" ref={scrollRef} data-testid="big-table-scroll">
      <table className="analysis-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => {
              const dir = h.column.getIsSorted();
              return (
                <SortHeader
                  key={h.id}
                  id={h.id}
                  label={String(h.column.columnDef.header)}
                  sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  numeric={columns[i]?.numeric}
                  onSort={h.column.getToggleSortingHandler() ?? (() => {})}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={span}>{f.t('analysis.table.empty')}</td>
            </tr>
          )}
          {padTop > 0 && spacer(padTop)}
          {items.map((v) => {
            const ordinal = rows[v.index]!;
            const key = String(ordinal);
            const chosen = ordinal === selected;
            const own = columns[0]?.display(ordinal);
            const name = own || f.t('bigLayers.feature', { n: f.num(ordinal + 1) });
            return (
              <tr
                key={key}
                data-row-key={key}
                data-index={v.index}
                className={chosen ? 'chosen' : undefined}
                aria-current={chosen ? 'true' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                <th scope="row">
                  <button
                    type="button"
                    className={own ? 'row-choose' : 'row-choose unnamed'}
                    aria-label={f.t('analysis.table.select', { name })}
                    onClick={() => chooseRow({ layerId: layer, featureId: key })}
                  >
                    {name}
                  </button>
                </th>
                {columns.slice(1).map((c) => (
                  <td key={c.id} className={c.numeric ? 'num' : undefined}>
                    {c.display(ordinal)}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && spacer(padBottom)}
        </tbody>
      </table>
    </div>
  );
}
