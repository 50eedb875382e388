// The analysis sheet's height: a handle on its top edge to drag (mouse, pen or touch) or to move
// with the arrow keys (the WAI-ARIA window-splitter pattern), and the CSS variable --analysis-h
// (px from the bottom of the app to the sheet's top) that keeps the map controls, the info panel
// and the measure crosshair clear of the sheet whatever its height.
import { type KeyboardEvent, type PointerEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

/** Smallest sheet height in px (the header and a few rows) and the map strip kept above it. */
const MIN_HEIGHT = 140;
const MAP_KEPT = 96;
const KEY_STEP = 40;

const clamp = (h: number, app: number) => Math.round(Math.max(MIN_HEIGHT, Math.min(app - MAP_KEPT, h)));

/**
 * Publishes the sheet's distance from the app's bottom as --analysis-h on the app, while open, and
 * returns the sheet's height in % of the app's (for the handle's aria-valuenow).
 */
export function usePublishSheetHeight(panel: RefObject<HTMLElement | null>, open: boolean): number {
  const [percent, setPercent] = useState(50);
  useEffect(() => {
    const el = open ? panel.current : null;
    const app = el?.parentElement;
    if (!el || !app) return;
    const publish = () => {
      const h = app.getBoundingClientRect().bottom - el.getBoundingClientRect().top;
      app.style.setProperty('--analysis-h', `${Math.max(0, Math.round(h))}px`);
      setPercent(Math.round((100 * el.offsetHeight) / Math.max(1, app.clientHeight)));
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    observer.observe(app);
    return () => {
      observer.disconnect();
      app.style.removeProperty('--analysis-h');
    };
  }, [panel, open]);
  return percent;
}

interface Props {
  panel: RefObject<HTMLElement | null>;
  /** The height in px the user chose, or null for the stylesheet's default. */
  height: number | null;
  /** The sheet's current height in % of the app's. */
  percent: number;
  onHeight: (px: number) => void;
}

export function SheetResizer({ panel, height, percent, onHeight }: Props) {
  const { t } = useT();
  const drag = useRef<{ startY: number; startH: number } | null>(null);
  const appHeight = () => panel.current?.parentElement?.clientHeight ?? window.innerHeight;
  const current = () => height ?? panel.current?.getBoundingClientRect().height ?? MIN_HEIGHT;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startH: current() };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) onHeight(clamp(d.startH + d.startY - e.clientY, appHeight()));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const h = current();
    const next =
      e.key === 'ArrowUp'
        ? h + KEY_STEP
        : e.key === 'ArrowDown'
          ? h - KEY_STEP
          : e.key === 'Home'
            ? MIN_HEIGHT
            : e.key === 'End'
              ? appHeight()
              : null;
    if (next === null) return;
    e.preventDefault();
    onHeight(clamp(next, appHeight()));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter has no HTML element (<hr> cannot take focus or keys).
    <div
      className="sheet-resizer"
      data-testid="analysis-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('analysis.resize')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
