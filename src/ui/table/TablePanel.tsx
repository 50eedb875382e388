// The attribute table of one layer (issue 8 §4): a sheet in the analysis panel's place (one of the
// two is open at a time) with a labelled search box, a header button per column that sorts
// (aria-sort on the header cell), rows virtualised so 100k features stay smooth, and CSV/GeoJSON
// export of the rows the search leaves. Choosing a row (its name is a button: click or Enter)
// selects the feature and zooms to it; the selected feature's row is highlighted and scrolled to,
// whichever side chose it. Table state: @tanstack/react-table (sorting), @tanstack/react-virtual.
import {
  type ColumnDef,
  type ColumnFiltersState,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingFn,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { useAnalysis } from '../../state/analysis';
import { useLayers } from '../../state/layers';
import { type FeatureRef, useSelection } from '../../state/selection';
import { useTable } from '../../state/table';
import { downloadText, exportFileName } from '../analysis/export';
import { usePublishSheetHeight } from '../analysis/SheetResizer';
import { useLayerTitle } from '../LayerPanel';
import { type TableColumn, tableColumns } from './columns';
import { featureIdOf, matchingRows, rowsCsv, rowsGeoJson, tableIndex } from './rows';

const ROW_HEIGHT = 26;
const collator = new Intl.Collator(['vi', 'en'], { sensitivity: 'base', numeric: true });

// Numbers by value, text by the Vietnamese collation; unknown values (undefined) sort last
// (tanstack's sortUndefined), whichever the direction.
const compareValues: SortingFn<LayerFeature> = (a, b, id) => {
  const x = a.getValue<string | number>(id);
  const y = b.getValue<string | number>(id);
  return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
};

/** Select a feature and zoom to it, as a chosen row of the analysis tables does. */
export function chooseRow(ref: FeatureRef): void {
  useSelection.getState().select(ref);
  // The map zooms on a new zoomRequest (MapView); the analysis store owns it for every table.
  const prev = useAnalysis.getState().zoomRequest;
  useAnalysis.setState({ zoomRequest: { ref, n: (prev?.n ?? 0) + 1 } });
}

export function TablePanel() {
  const layer = useTable((s) => s.layer);
  return layer ? <LayerTable key={layer} layer={layer} /> : null;
}

/** One layer's table; it opens with `initialSort` (none: file order) and `initialFilters` (none). */
export function LayerTable({
  layer,
  initialSort = [],
  initialFilters = [],
}: {
  layer: LayerId;
  initialSort?: SortingState;
  initialFilters?: ColumnFiltersState;
}) {
  const f = useT();
  const title = useLayerTitle(layer);
  const entry = useLayers((s) => s.layers[layer]);
  const districts = useLayers((s) => s.layers.districts.features);
  const selected = useSelection((s) => s.selected);
  const close = useTable((s) => s.close);
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [filters, setFilters] = useState<ColumnFiltersState>(initialFilters);
  const scrollRef = useRef<HTMLDivElement>(null);
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
  // The values each coded column (status, kind) takes in this layer, for its filter.
  const choices = useMemo(
    () =>
      columns
        .filter((c) => c.coded)
        .map((c) => {
          const byValue = new Map<string, string>();
          for (const x of entry.features) {
            const v = c.value(x);
            if (typeof v === 'string' && !byValue.has(v)) byValue.set(v, c.display(x));
          }
          return { column: c, options: [...byValue].sort((a, b) => collator.compare(a[1], b[1])) };
        }),
    [columns, entry.features],
  );
  const index = useMemo(() => tableIndex(entry.features), [entry.features]);
  const rows = useMemo(() => matchingRows(index, query), [index, query]);

  const defs = useMemo<ColumnDef<LayerFeature>[]>(
    () =>
      columns.map((c: TableColumn) => ({
        id: c.id,
        header: c.label,
        accessorFn: (x) => c.value(x) ?? undefined,
        sortingFn: compareValues,
        sortUndefined: 'last',
        sortDescFirst: false,
        filterFn: 'equals',
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting, columnFilters: filters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setFilters,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: featureIdOf,
  });
  const sorted = table.getRowModel().rows;
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Without a scroll element (before layout, or rendered on a server) assume a sheet's height.
    initialRect: { width: 800, height: 400 },
  });

  useEffect(() => searchRef.current?.focus(), []);
  // A feature selected on the map (or elsewhere) is scrolled into the table's view.
  const selectedKey = selected?.layerId === layer ? selected.featureId : null;
  useEffect(() => {
    if (selectedKey === null) return;
    const i = sorted.findIndex((r) => r.id === selectedKey);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [selectedKey, sorted, virtualizer]);

  const closeAndReturn = () => {
    close();
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`button[data-table-open="${layer}"]`)?.focus(),
    );
  };
  // Escape closes the table unless something inner is open: App clears the selection (and the
  // chooser) first, so Escape closes the innermost thing first, as in the analysis panel.
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const s = useSelection.getState();
    if (e.key !== 'Escape' || e.defaultPrevented || s.selected || s.choices) return;
    e.preventDefault();
    closeAndReturn();
  };

  const visible = sorted.map((r) => r.original);
  const caption = f.t('table.title', { title });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headerGroup = table.getHeaderGroups()[0]!;

  return (
    <section
      ref={panelRef}
      className="analysis-panel table-panel"
      aria-label={caption}
      data-testid="table-panel"
      onKeyDown={onKey}
    >
      <header>
        <h2>{caption}</h2>
        <button type="button" className="close" aria-label={f.t('table.close')} onClick={closeAndReturn}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="table-panel-body">
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
          {choices.map(({ column, options }) => {
            const current = filters.find((x) => x.id === column.id)?.value;
            return (
              <label key={column.id} className="table-filter">
                {column.label}
                <select
                  data-filter={column.id}
                  aria-label={f.t('table.filter', { column: column.label })}
                  value={typeof current === 'string' ? current : ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setFilters((all) => [
                      ...all.filter((x) => x.id !== column.id),
                      ...(value === '' ? [] : [{ id: column.id, value }]),
                    ]);
                  }}
                >
                  <option value="">{f.t('table.filter.all')}</option>
                  {options.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
          <span className="table-caption" role="status" data-testid="table-count">
            {f.t('table.rows', { shown: f.num(visible.length), total: f.num(entry.features.length) })}
          </span>
          <button
            type="button"
            className="export"
            data-export="csv"
            aria-label={f.t('analysis.export.csv.aria', { table: caption })}
            onClick={() =>
              downloadText(
                exportFileName(caption, 'csv'),
                rowsCsv(columns, visible),
                'text/csv;charset=utf-8',
              )
            }
          >
            {f.t('analysis.export.csv')}
          </button>
          <button
            type="button"
            className="export"
            data-export="geojson"
            aria-label={f.t('analysis.export.geojson.aria', { table: caption })}
            onClick={() =>
              downloadText(
                exportFileName(caption, 'geojson'),
                rowsGeoJson(columns, visible),
                'application/geo+json',
              )
            }
          >
            {f.t('analysis.export.geojson')}
          </button>
        </div>
        <p id={hintId} className="visually-hidden">
          {f.t('table.search.hint')}
        </p>
        {entry.status !== 'ready' && <p className="notice">{f.t('table.loading')}</p>}
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
                    <th key={h.id} scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
                      <button
                        type="button"
                        className="sort"
                        data-column={h.id}
                        aria-label={f.t('analysis.table.sort', { column: String(h.column.columnDef.header) })}
                        onClick={h.column.getToggleSortingHandler()}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true" className="sort-mark">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
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
                    {columns.map((c, i) =>
                      i === 0 ? (
                        <th scope="row" key={c.id}>
                          <button
                            type="button"
                            className="row-choose"
                            aria-label={f.t('analysis.table.select', { name: c.display(feature) || row.id })}
                            onClick={() => chooseRow({ layerId: layer, featureId: row.id })}
                          >
                            {c.display(feature) || row.id}
                          </button>
                        </th>
                      ) : (
                        <td key={c.id} className={c.numeric ? 'num' : undefined}>
                          {c.display(feature)}
                        </td>
                      ),
                    )}
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
      </div>
    </section>
  );
}
