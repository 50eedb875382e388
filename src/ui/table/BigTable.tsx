// The attribute table of a large layer (issue 10 §2: held as binary chunks, 20,000 features or
// more): the same sheet as LayerTable (title, close, Escape, the row count, CSV/GeoJSON export, a
// sort button per column, a "select" button per row that selects the feature and zooms to it), but
// its rows are layer ordinals read straight from the chunks' columns. @tanstack/react-table keeps
// the header and the sort state (manual sorting, no row model over the data); the sort itself is a
// Uint32Array of ordinals sorted by one Float64Array of keys (src/data/binary/rows.ts), and the
// layer's filter is its chunks' masks (src/state/big-filter.ts), so 1M rows make no row objects.
// Each filterable column has the small tables' filter popover (choices and counts from the chunks).
// There is no search box: the text search needs an index over every row's text.
import { type ColumnDef, getCoreRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { passingOrdinals } from '../../data/binary/filter-mask';
import { allOrdinals, sortKeys, sortOrdinals } from '../../data/binary/rows';
import { useT } from '../../i18n';
import { bigFilterCounts, bigMasks } from '../../state/big-filter';
import '../../state/big-feature';
import { type BigLayer, useBigLayers } from '../../state/big-layers-store';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { useSelection } from '../../state/selection';
import { usePublishSheetHeight } from '../analysis/SheetResizer';
import { ExportButtons } from '../ExportButtons';
import { GisExportButtons } from '../import/GisExportButtons';
import { useLayerTitle } from '../LayerPanel';
import { BigGrid } from './BigGrid';
import { type BigColumn, bigColumns, bigRowsCsv, bigRowsFeatures, bigRowsGeoJson } from './big-columns';
import { ColumnFilters } from './ColumnFilter';
import { TableSheet } from './TableSheet';

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });
const NO_ROWS: never[] = [];

/**
 * The react-table column defs of a large layer's table: header and sort state only. react-table
 * lets a column sort only when it has an accessor, so each has one that is never called (there is
 * no row model: the rows are sorted by sortOrdinals).
 */
export function headerColumns(columns: readonly BigColumn[]): ColumnDef<never>[] {
  return columns.map((c) => ({ id: c.id, header: c.label, accessorFn: () => null, sortDescFirst: false }));
}

/** The table of large layer `layer` (nothing when the layer is gone). */
export function BigLayerTable({ layer, initialSort = [] }: { layer: string; initialSort?: SortingState }) {
  const big = useBigLayers((s) => s.layers[layer]);
  return big ? <BigTableSheet big={big} initialSort={initialSort} /> : null;
}

function BigTableSheet({ big, initialSort }: { big: BigLayer; initialSort: SortingState }) {
  const f = useT();
  const layer = big.id;
  const title = useLayerTitle(layer);
  const filter = useFilters(selectLayerFilter(layer));
  const selected = useSelection((s) => s.selected);
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const panelRef = useRef<HTMLElement>(null);
  usePublishSheetHeight(panelRef, true);
  const { chunks } = big;
  const fields = big.summary?.fields;
  const columns = useMemo(
    () => bigColumns(chunks, fields ?? Object.keys(chunks[0]?.columns ?? {}), f),
    [chunks, fields, f],
  );
  const defs = useMemo(() => headerColumns(columns), [columns]);
  const table = useReactTable<never>({
    data: NO_ROWS,
    columns: defs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableMultiSort: false,
  });
  const sort = sorting[0];
  const order = useMemo(() => {
    const all = allOrdinals(chunks);
    return sort ? sortOrdinals(all, sortKeys(chunks, sort.id, collator.compare), sort.desc) : all;
  }, [chunks, sort]);
  const rows = useMemo(() => {
    const masks = bigMasks(big, filter);
    return masks ? passingOrdinals(chunks, masks, order) : order;
  }, [big, chunks, filter, order]);
  const counts = useMemo(() => bigFilterCounts(big), [big]);
  const chosen = selected?.layerId === layer ? Number(selected.featureId) : null;

  // No search box to focus: the first sort button takes the focus when the sheet opens.
  useEffect(() => panelRef.current?.querySelector<HTMLButtonElement>('button.sort')?.focus(), []);
  const caption = f.t('table.title', { title });

  return (
    <TableSheet layer={layer} caption={caption} panelRef={panelRef} big>
      <div className="table-tools">
        {/* The small tables' filter popovers, with choices and counts from the chunks. */}
        <ColumnFilters layer={layer} columns={columns} features={NO_ROWS} counts={counts} />
        <span className="table-caption" role="status" data-testid="table-count">
          {f.t('table.rows', { shown: f.num(rows.length), total: f.num(big.loaded) })}
        </span>
        <ExportButtons
          caption={caption}
          fileBase={title}
          csv={() => bigRowsCsv(columns, rows)}
          geojson={() => bigRowsGeoJson(chunks, columns, rows)}
        />
        <GisExportButtons
          caption={caption}
          fileBase={title}
          rows={() => bigRowsFeatures(chunks, columns, rows)}
        />
      </div>
      {!big.summary && <p className="notice">{f.t('table.loading')}</p>}
      <BigGrid
        table={table}
        columns={columns}
        layer={layer}
        caption={caption}
        rows={rows}
        selected={chosen}
      />
    </TableSheet>
  );
}
