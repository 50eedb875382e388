// The measure's drawn points in the chosen coordinate system, numbered, one per line, and a button
// that copies them all (one point a line, as a spreadsheet or a CAD command line takes them).
import { useRef } from 'react';
import { useT } from '../../i18n';
import type { LngLat } from '../../state/analysis';
import { CoordNote } from './CoordNote';
import { CopyButton } from './CopyButton';
import { useCoordTexts } from './use-coord-texts';

export function VertexCoords({ points }: { points: readonly LngLat[] }) {
  const f = useT();
  const coords = useCoordTexts(points);
  const listRef = useRef<HTMLOListElement>(null);
  if (points.length === 0) return null;
  return (
    <details className="measure-vertices" data-testid="measure-vertices">
      <summary>{f.t('coords.vertices', { count: f.num(points.length) })}</summary>
      <ol ref={listRef}>
        {coords.texts.map((text, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a vertex is its position in the drawing
          <li key={i}>{text}</li>
        ))}
      </ol>
      <CopyButton
        text={coords.texts.join('\n')}
        label={f.t('coords.copy.vertices.aria')}
        target={listRef}
        testId="measure-copy"
        disabled={coords.state === 'loading'}
      />
      <CoordNote state={coords.state} />
    </details>
  );
}
