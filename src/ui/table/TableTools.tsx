// The attribute table's toolbar parts: a filter per coded column (status, kind), and the export
// of the rows in view (CSV by the one CSV writer: BOM, formula-safe; GeoJSON with geometries).
import type { ColumnFiltersState } from '@tanstack/react-table';
import type { Dispatch, SetStateAction } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import { useT } from '../../i18n';
import { downloadText, exportFileName } from '../analysis/export';
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
export function ExportButtons({
  caption,
  columns,
  rows: visible,
}: {
  caption: string;
  columns: TableColumn[];
  rows: LayerFeature[];
}) {
  const f = useT();
  return (
    <>
      <button
        type="button"
        className="export"
        data-export="csv"
        aria-label={f.t('analysis.export.csv.aria', { table: caption })}
        onClick={() =>
          downloadText(exportFileName(caption, 'csv'), rowsCsv(columns, visible), 'text/csv;charset=utf-8')
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
    </>
  );
}
