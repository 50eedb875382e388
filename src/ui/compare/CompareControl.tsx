// The side panel's compare control: one map, swipe or side by side; while comparing, a layer
// chooser per side (checkboxes) and, side by side, the camera lock (a toggle button).
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { COMPARE_MODES, type CompareSide, useCompare } from '../../state/compare';
import { useLayers } from '../../state/layers';
import { useLayerTitle } from '../LayerPanel';
import { SideYear } from './SideYear';
import './compare.css';

function SideLayer({ side, id }: { side: CompareSide; id: LayerId }) {
  const { t } = useT();
  const title = useLayerTitle(id);
  const checked = useCompare((s) => s[side].includes(id));
  const setSideVisible = useCompare((s) => s.setSideVisible);
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        data-testid={`compare-${side}-${id}`}
        onChange={(e) => setSideVisible(side, id, e.target.checked)}
      />
      <span className="compare-layer-title">{title}</span>
      {/* The side in the box's own name, not only in its group's legend: a screen reader's list of
          form controls read two boxes named "Tongiao.zip" (a newcomer's finding). */}
      <span className="visually-hidden"> ({t(`compare.side.${side}`)})</span>
    </label>
  );
}

function SideLayers({ side }: { side: CompareSide }) {
  const { t } = useT();
  // Top of the map first, as the layer panel lists them (imported layers included).
  const order = useLayers((s) => s.order);
  return (
    <fieldset>
      <legend>{t(side === 'left' ? 'compare.layers.left' : 'compare.layers.right')}</legend>
      {[...order].reverse().map((id) => (
        <SideLayer key={id} side={side} id={id} />
      ))}
      <SideYear side={side} />
    </fieldset>
  );
}

export function CompareControl() {
  const { t } = useT();
  const mode = useCompare((s) => s.mode);
  const locked = useCompare((s) => s.locked);
  const setMode = useCompare((s) => s.setMode);
  const setLocked = useCompare((s) => s.setLocked);
  const options = [null, ...COMPARE_MODES] as const;
  return (
    <fieldset className="compare-control" data-testid="compare-control">
      <legend>{t('compare.title')}</legend>
      <div className="compare-modes">
        {options.map((m) => (
          <label key={m ?? 'none'}>
            <input
              type="radio"
              name="compare-mode"
              value={m ?? 'none'}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t(m === null ? 'compare.mode.none' : `compare.mode.${m}`)}
          </label>
        ))}
      </div>
      {mode && (
        <div className="compare-sides">
          <SideLayers side="left" />
          <SideLayers side="right" />
        </div>
      )}
      {mode === 'split' && (
        <button
          type="button"
          className="compare-lock"
          aria-pressed={locked}
          data-testid="compare-lock"
          onClick={() => setLocked(!locked)}
        >
          {t('compare.lock')}
        </button>
      )}
    </fieldset>
  );
}
