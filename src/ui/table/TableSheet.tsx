// The frame of an attribute table sheet (small and large layers alike): the labelled section, its
// title and × button, and the body the table fills. Escape and the × close it (useTableClose).
import type { ReactNode, RefObject } from 'react';
import { useT } from '../../i18n';
import { useTableClose } from './close-table';

export function TableSheet({
  layer,
  caption,
  panelRef,
  big = false,
  children,
}: {
  layer: string;
  caption: string;
  panelRef: RefObject<HTMLElement | null>;
  /** A large layer's table (marked `data-big-table` for the tests). */
  big?: boolean;
  children: ReactNode;
}) {
  const { t } = useT();
  const { closeAndReturn, onKey } = useTableClose(layer);
  return (
    <section
      ref={panelRef}
      className="analysis-panel table-panel"
      aria-label={caption}
      data-testid="table-panel"
      data-big-table={big ? layer : undefined}
      onKeyDown={onKey}
    >
      <header>
        <h2>{caption}</h2>
        <button type="button" className="close" aria-label={t('table.close')} onClick={closeAndReturn}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="table-panel-body">{children}</div>
    </section>
  );
}
