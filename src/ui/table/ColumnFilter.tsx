// The attribute table's per-column filters (issue 8 §4): for each column with a filterable field
// (fields.ts `columnFilterField`), a button that opens a popover with that field's control: values
// with counts for a coded column, from/to for a numeric one. The controls are the layer panel's
// (FieldFilter), writing the one filter store, so a table filter is the map's filter and the link's.
// Escape on its button or in a popover closes it (only it) and hands the focus back to its button.
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import { useT } from '../../i18n';
import { selectLayerFilter, useFilters } from '../../state/filters';
import { FieldFilter, type FilterCounts } from '../filters/FieldFilter';
import { columnFilterField } from '../filters/fields';
import '../filters/filters.css';
import type { TableColumn } from './columns';

function ColumnFilter({
  layer,
  column,
  field,
  features,
  counts,
}: {
  layer: string;
  column: Pick<TableColumn, 'id' | 'label'>;
  field: string;
  features: readonly LayerFeature[];
  counts?: FilterCounts | undefined;
}) {
  const f = useT();
  const [open, setOpen] = useState(false);
  const active = useFilters((s) => field in selectLayerFilter(layer)(s).fields);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !open) return;
    // Only the popover closes: not the table, not the selection (App listens on the window).
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  return (
    // Escape on the button or any control of the open popover closes the popover (only it).
    // biome-ignore lint/a11y/noStaticElementInteractions: a key listener for the controls inside, not a control
    <div className="column-filter" onKeyDown={onKey}>
      <button
        ref={buttonRef}
        type="button"
        className={active ? 'column-filter-button active' : 'column-filter-button'}
        data-column-filter={column.id}
        aria-expanded={open}
        aria-controls={popoverId}
        aria-label={f.t(active ? 'table.filter.button.active' : 'table.filter.button.aria', {
          column: column.label,
        })}
        onClick={() => setOpen((o) => !o)}
      >
        {column.label}
        {active ? ' ●' : ''} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // The field's fieldset and legend name the popover's contents.
        <div id={popoverId} className="column-filter-popover">
          <FieldFilter
            layer={layer}
            field={field}
            features={features}
            counts={counts}
            idBase={`table-${layer}`}
          />
          <button type="button" onClick={close}>
            {f.t('table.filter.close')}
          </button>
        </div>
      )}
    </div>
  );
}

/** One filter popover per filterable column of `layer`'s table; nothing for a layer without any. */
export function ColumnFilters({
  layer,
  columns,
  features,
  counts,
}: {
  layer: string;
  columns: Pick<TableColumn, 'id' | 'label'>[];
  /** Every feature of the layer (choices and counts come from the data). */
  features: readonly LayerFeature[];
  /** A large layer's choices and counts (its `features` are then empty). */
  counts?: FilterCounts | undefined;
}) {
  return (
    <>
      {columns.map((c) => {
        const field = columnFilterField(layer, c.id);
        return field ? (
          <ColumnFilter
            key={c.id}
            layer={layer}
            column={c}
            field={field}
            features={features}
            counts={counts}
          />
        ) : null;
      })}
    </>
  );
}
