// The swipe divider: a focusable vertical separator over the two maps. The right map shows to the
// right of it (its container is clipped there, see compare.css). Arrow keys move it 1 % (Shift or
// Page Up/Down: 10 %), Home/End to the edges; a mouse, pen or finger drags it (pointer capture,
// `touch-action: none` so a finger drag is not a page scroll).
import type { KeyboardEvent, PointerEvent } from 'react';
import { useT } from '../../i18n';

interface Props {
  /** Percent of the maps' width from the left edge, 0–100. */
  value: number;
  onChange: (value: number) => void;
}

/** The divider's new position after a key press, or null for a key it does not take. */
export function dividerKey(value: number, key: string, shift: boolean): number | null {
  const step = shift ? 10 : 1;
  let next: number;
  if (key === 'ArrowLeft' || key === 'ArrowDown') next = value - step;
  else if (key === 'ArrowRight' || key === 'ArrowUp') next = value + step;
  else if (key === 'PageDown') next = value - 10;
  else if (key === 'PageUp') next = value + 10;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = 100;
  else return null;
  // Whole steps from wherever a drag left it (a drag gives fractions).
  return Math.min(100, Math.max(0, Math.round(next * 10) / 10));
}

/** Percent 0–100 of `clientX` across `box` (the maps' area). */
export function percentAt(clientX: number, box: { left: number; width: number }): number {
  if (!(box.width > 0)) return 50;
  return Math.min(100, Math.max(0, ((clientX - box.left) / box.width) * 100));
}

export function SwipeDivider({ value, onChange }: Props) {
  const { t, num } = useT();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = dividerKey(value, e.key, e.shiftKey);
    if (next === null || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    onChange(next);
  };
  const drag = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (box) onChange(Math.round(percentAt(e.clientX, box) * 10) / 10);
  };
  const shown = Math.round(value);
  return (
    // A focusable separator is an interactive widget (WAI-ARIA: window splitter).
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot be focusable or hold a handle
    <div
      className="swipe-divider"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={shown}
      aria-valuetext={t('compare.divider.value', { value: num(shown) })}
      aria-label={t('compare.divider')}
      title={t('compare.divider.hint')}
      data-testid="swipe-divider"
      style={{ left: `${value}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.focus();
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) drag(e);
      }}
      onPointerUp={(e) => e.currentTarget.releasePointerCapture(e.pointerId)}
    >
      <span className="swipe-handle" aria-hidden="true">
        ‹›
      </span>
    </div>
  );
}
