// The side panel's compare control: one map, swipe or side by side; while comparing, a layer
// chooser per side (checkboxes) and, side by side, the camera lock (a toggle button).
import { LAYER_IDS, type LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { COMPARE_MODES, type CompareSide, useCompare } from '../../state/compare';
import { useUserLayers } from '../../state/user-layers';
import { useLayerTitle } from '../LayerPanel';
import './compare.css';

function SideLayer({ side, id }: { side: CompareSide; id: LayerId }) {
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
      {title}
    </label>
  );
}

function SideLayers({ side }: { side: CompareSide }) {
  const { t } = useT();
  // Imported layers can be on either side too, after the curated ones.
  const users = useUserLayers((s) => s.layers);
  const ids = [...LAYER_IDS, ...Object.keys(users)];
  return (
    <fieldset>
      <legend>{t(side === 'left' ? 'compare.layers.left' : 'compare.layers.right')}</legend>
      {ids.map((id) => (
        <SideLayer key={id} side={side} id={id} />
      ))}
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
