// The attribute table's columns of an imported layer: one per property the file has (in the file's
// order, at most MAX_COLUMNS), raw values, numbers sortable as numbers. The first column (which
// holds the row's "select" button) is the file's name field when it has one (`nameColumn`); a file
// without one gets a title column of its own (ROW_TITLE: "Đối tượng số N", as the info panel and
// the analyses title such a feature) before all its fields: its first field as the rows' names
// listed District 1's 3,556 buildings all as "503", their `LOAI` code.
import type { LayerFeature } from '../../data/load-layer';
import type { Formatters } from '../../i18n';
import { isNameLike } from '../feature-name';
import type { TableColumn } from './columns';

export const MAX_COLUMNS = 40;
export const NAME_FIELDS = ['name', 'ten', 'tên', 'name_vi', 'title', 'label', 'id'];

/**
 * The column a table names its rows by: the first of `fields` named as a name (NAME_FIELDS but
 * `id`), else one named like a name (`Ten_DT`, `TenDuong`: feature-name.ts, as the info panel and
 * the analyses name a feature), else `id`, else the first field. HCMGIS's relics were listed by
 * their `Stt` (row number) column, their bridges by `MaDuong`.
 */
export function nameColumn(fields: readonly string[]): string | undefined {
  const exact = (k: string) => NAME_FIELDS.includes(k.toLowerCase());
  return (
    fields.find((k) => exact(k) && k.toLowerCase() !== 'id') ??
    fields.find(isNameLike) ??
    fields.find(exact) ??
    fields[0]
  );
}

/**
 * The id of the title column a table adds when its file has no name column: no data, not exported
 * (TanStack needs a non-empty id; no file's column is named so).
 */
export const ROW_TITLE = '__viewer_row_title';

/** Whether `fields` hold a column named as a name or `id` (nameColumn's choice is not a fallback). */
export function hasNameColumn(fields: readonly string[]): boolean {
  const k = nameColumn(fields);
  return k !== undefined && (NAME_FIELDS.includes(k.toLowerCase()) || isNameLike(k));
}

/** The columns an export writes: all but the added title column. */
export const exportedColumns = <C extends { id: string }>(columns: readonly C[]): C[] =>
  columns.filter((c) => c.id !== ROW_TITLE);

/** The property names of `features` in first-seen order (the first 1,000 features are looked at). */
export function propertyNames(features: readonly LayerFeature[]): string[] {
  const out = new Set<string>();
  for (const f of features.slice(0, 1000)) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (out.size >= MAX_COLUMNS) return [...out];
      out.add(k);
    }
  }
  return [...out];
}

const cell = (v: unknown): string | number | boolean | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string'
      ? v
      : JSON.stringify(v);

export function userColumns(fields: readonly string[], f: Formatters): TableColumn[] {
  // Column ids are the property names, so the GeoJSON export writes the file's own names back.
  const nameField = nameColumn(fields);
  const column = (k: string, label: string): TableColumn => ({
    id: k,
    label,
    value: (x) => cell(x.properties?.[k]),
    display: (x) => {
      const v = cell(x.properties?.[k]);
      return v === null ? '' : typeof v === 'number' ? f.num(v, 6) : String(v);
    },
  });
  if (nameField === undefined || !hasNameColumn(fields)) {
    // Sorted by the feature's number (the id the viewer made: 1, 2, …); the cell is the row's button.
    const title: TableColumn = {
      id: ROW_TITLE,
      label: f.t('table.col.name'),
      value: (x) => {
        const n = Number(x.properties?.id);
        return Number.isFinite(n) ? n : null;
      },
      display: () => '',
    };
    return [title, ...fields.map((k) => column(k, k))];
  }
  return [column(nameField, nameField), ...fields.filter((k) => k !== nameField).map((k) => column(k, k))];
}
