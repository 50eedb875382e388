// The attribute table's toolbar parts: a filter per coded column (status, kind), and the export
// of the rows in view (CSV by the one CSV writer: BOM, formula-safe; GeoJSON with geometries).
import type { ColumnFiltersState } from '@tanstack/react-table';
import type { Dispatch, SetStateAction } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import { useT } from '../../i18n';
import { ExportButtons } from '../ExportButtons';
import type { TableColumn } from './columns';
import { type FilterChoice, rowsCsv, rowsGeoJson } from './rows';

/** One labelled select per coded column; "All" clears that column's filter. */
export function ColumnFilters({
  choices,
  filters,
  onChange: setFilters,
}: {
  choices: FilterChoice[];
  filters: ColumnFiltersState;
  onChange: Dispatch<SetStateAction<ColumnFiltersState>>;
}) {
  const f = useT();
  return (
    <>
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
    </>
  );
}

/** CSV and GeoJSON of `rows` (the rows the search and filters leave, in the shown order). */
export function TableExport({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: TableColumn[];
  rows: LayerFeature[];
}) {
  return (
    <ExportButtons
      caption={caption}
      csv={() => rowsCsv(columns, rows)}
      geojson={() => rowsGeoJson(columns, rows)}
    />
  );
}
