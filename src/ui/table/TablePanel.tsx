// The attribute table of one layer (issue 8 §4): a sheet in the analysis panel's place (one of the
// two is open at a time) with a labelled search box, a header button per column that sorts
// (aria-sort on the header cell), a filter per coded column, rows virtualised so 100k features stay
// smooth (VirtualTable), and CSV/GeoJSON export of the rows the search and filters leave. Table
// state (sorting, column filters): @tanstack/react-table; the search: src/lib/search.ts.
import {
  type ColumnDef,
  getCoreRowModel,
  getSortedRowModel,
  type SortingFn,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { emptyEntry, useLayers } from '../../state/layers';
import { useSelection } from '../../state/selection';
import { useFilteredFeatures } from '../../state/shown-features';
import { useTable } from '../../state/table';
import { useUserLayers } from '../../state/user-layers-store';
import { usePublishSheetHeight } from '../analysis/SheetResizer';
import { useLayerTitle } from '../LayerPanel';
import { BigLayerTable } from './BigTable';
import { ColumnFilters } from './ColumnFilter';
import { type TableColumn, tableColumns, tableSearchFields } from './columns';
import { featureIdOf, matchingRows, tableIndex } from './rows';
import { TableSheet } from './TableSheet';
import { TableExport } from './TableTools';
import { VirtualTable } from './VirtualTable';

/** What a table of a layer the store does not hold shows: nothing, loading. */
const NO_LAYER = emptyEntry('');

const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

// Numbers by value, text by the Vietnamese collation; unknown values (undefined) sort last
// (tanstack's sortUndefined), whichever the direction.
const compareValues: SortingFn<LayerFeature> = (a, b, id) => {
  const x = a.getValue<string | number>(id);
  const y = b.getValue<string | number>(id);
  return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
};

export function TablePanel() {
  const layer = useTable((s) => s.layer);
  // A large layer's rows are in its binary chunks: a table of its own (BigTable.tsx).
  const big = useBigLayers((s) => (layer ? !!s.layers[layer] : false));
  if (!layer) return null;
  return big ? <BigLayerTable key={layer} layer={layer} /> : <LayerTable key={layer} layer={layer} />;
}

/**
 * One layer's table; it opens with `initialSort` (none: file order). Its rows are the layer's
 * features passing the layer's filter (the one filter store: the map draws the same ones) and
 * matching the search box (which only finds rows: it does not filter the map).
 */
export function LayerTable({ layer, initialSort = [] }: { layer: LayerId; initialSort?: SortingState }) {
  const f = useT();
  const title = useLayerTitle(layer);
  const entry = useLayers((s) => s.layers[layer]) ?? NO_LAYER;
  const districts = useLayers((s) => s.layers.districts.features);
  const selected = useSelection((s) => s.selected);
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const panelRef = useRef<HTMLElement>(null);
  // The sheet's height keeps the map controls, info panel and crosshair clear, as for analysis.
  usePublishSheetHeight(panelRef, true);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const hintId = useId();

  const columns = useMemo(() => {
    const names = new Map<string, string>();
    for (const d of districts) {
      const code = d.properties?.code;
      if (typeof code === 'string') names.set(code, f.name(d.properties));
    }
    return tableColumns(layer, f, (code) => names.get(code) ?? null);
  }, [layer, f, districts]);
  const index = useMemo(() => tableIndex(entry.features, tableSearchFields(layer)), [entry.features, layer]);
  const filtered = useFilteredFeatures(layer);
  const rows = useMemo(() => {
    const found = matchingRows(index, query);
    if (filtered === entry.features) return found;
    const passing = new Set(filtered);
    return found.filter((x) => passing.has(x));
  }, [index, query, filtered, entry.features]);

  const defs = useMemo<ColumnDef<LayerFeature>[]>(
    () =>
      columns.map((c: TableColumn) => ({
        id: c.id,
        header: c.label,
        accessorFn: (x) => c.value(x) ?? undefined,
        sortingFn: compareValues,
        sortUndefined: 'last',
        sortDescFirst: false,
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: featureIdOf,
  });
  const sorted = table.getRowModel().rows;
  useEffect(() => searchRef.current?.focus(), []);
  const selectedKey = selected?.layerId === layer ? selected.featureId : null;

  const visible = sorted.map((r) => r.original);
  const caption = f.t('table.title', { title });
  // Fixed when an imported layer is added (its ids were made by the viewer or come from the file).
  const idsMade = useUserLayers.getState().layers[layer]?.idsMade === true;

  return (
    <TableSheet layer={layer} caption={caption} panelRef={panelRef}>
      <div className="table-tools">
        <label htmlFor={searchId}>{f.t('table.search')}</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          value={query}
          aria-describedby={hintId}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <ColumnFilters layer={layer} columns={columns} features={entry.features} />
        <span className="table-caption" role="status" data-testid="table-count">
          {f.t('table.rows', { shown: f.num(visible.length), total: f.num(entry.features.length) })}
        </span>
        <TableExport caption={caption} fileBase={title} columns={columns} rows={visible} idsMade={idsMade} />
      </div>
      <p id={hintId} className="visually-hidden">
        {f.t('table.search.hint')}
      </p>
      {entry.status !== 'ready' && <p className="notice">{f.t('table.loading')}</p>}
      <VirtualTable
        table={table}
        columns={columns}
        layer={layer}
        caption={caption}
        selectedKey={selectedKey}
      />
    </TableSheet>
  );
}
