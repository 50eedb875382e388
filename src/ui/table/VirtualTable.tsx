// The attribute table's grid: a header button per column that sorts (aria-sort on the header
// cell) and the rows, virtualised (@tanstack/react-virtual: only the rows in view are in the page,
// spacer rows keep the scroll height) so 100k features scroll smoothly. A row's name is a button
// (click or Enter) that selects the feature and zooms to it; the selected feature's row is
// highlighted and scrolled into view, whichever side chose it.

import type { Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import type { FeatureRef } from '../../state/selection';
import { useUserLayers } from '../../state/user-layers-store';
import { chooseAndZoom } from '../choose-feature';
import { SortHeader } from '../SortHeader';
import type { TableColumn } from './columns';

const ROW_HEIGHT = 26;

/** Select a feature and zoom to it, as a chosen row of the analysis tables does. */
export function chooseRow(ref: FeatureRef): void {
  // The map zooms on a new zoomRequest (MapView); the analysis store owns it for every list.
  chooseAndZoom(ref);
}

interface Props {
  table: Table<LayerFeature>;
  columns: TableColumn[];
  layer: LayerId;
  caption: string;
  /** The selected feature's id when it is of this layer. */
  selectedKey: string | null;
}

export function VirtualTable({ table, columns, layer, caption, selectedKey }: Props) {
  const f = useT();
  // A row with no name of its own is named by its number when the viewer made the ids (a file's
  // own id is shown as it is): a bare "1" in the name column read as the file's data.
  const idsMade = useUserLayers((s) => s.layers[layer]?.idsMade === true);
  const scrollRef = useRef<HTMLDivElement>(null);
  const sorted = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Without a scroll element (before layout, or rendered on a server) assume a sheet's height.
    initialRect: { width: 800, height: 400 },
  });
  useEffect(() => {
    if (selectedKey === null) return;
    const i = sorted.findIndex((r) => r.id === selectedKey);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [selectedKey, sorted, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headerGroup = table.getHeaderGroups()[0]!;
  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="analysis-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headerGroup.headers.map((h, i) => {
              const dir = h.column.getIsSorted();
              const ariaSort = dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none';
              const numeric = columns[i]?.numeric;
              return (
                <SortHeader
                  key={h.id}
                  id={h.id}
                  label={String(h.column.columnDef.header)}
                  sort={ariaSort}
                  numeric={numeric}
                  onSort={h.column.getToggleSortingHandler() ?? (() => {})}
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
          {padTop > 0 && (
            <tr className="spacer">
              <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 'none' }} />
            </tr>
          )}
          {items.map((v) => {
            const row = sorted[v.index]!;
            const feature = row.original;
            const chosen = row.id === selectedKey;
            return (
              <tr
                key={row.id}
                data-row-key={row.id}
                className={chosen ? 'chosen' : undefined}
                aria-current={chosen ? 'true' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                {columns.map((c, i) => {
                  if (i > 0)
                    return (
                      <td key={c.id} className={c.numeric ? 'num' : undefined}>
                        {c.display(feature)}
                      </td>
                    );
                  const own = c.display(feature);
                  const name =
                    own || (idsMade ? f.t('bigLayers.feature', { n: f.num(Number(row.id)) }) : row.id);
                  return (
                    <th scope="row" key={c.id}>
                      <button
                        type="button"
                        className={own ? 'row-choose' : 'row-choose unnamed'}
                        aria-label={f.t('analysis.table.select', { name })}
                        onClick={() => chooseRow({ layerId: layer, featureId: row.id })}
                      >
                        {name}
                      </button>
                    </th>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr className="spacer">
              <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 'none' }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
