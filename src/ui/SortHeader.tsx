// One sortable column header, the same in every table: a button naming the column (its visible
// label is part of the name), aria-sort on the header cell, and an arrow that says the direction.
import { useT } from '../i18n';

export type AriaSort = 'ascending' | 'descending' | 'none';

/** A `<th scope="col">` with the sort button; `onSort` is called on click (or Enter/Space). */
export function SortHeader({
  id,
  label,
  sort,
  numeric,
  onSort,
}: {
  id: string;
  label: string;
  sort: AriaSort;
  numeric?: boolean;
  onSort: (event: unknown) => void;
}) {
  const f = useT();
  return (
    <th scope="col" aria-sort={sort} className={numeric ? 'num' : undefined}>
      <button
        type="button"
        className="sort"
        data-column={id}
        aria-label={f.t('analysis.table.sort', { column: label })}
        onClick={onSort}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
