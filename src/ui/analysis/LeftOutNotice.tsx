// The notice every analysis tab shows when the analysis left features out at its entry check
// (src/analysis/intake.ts): each feature named, with the reason in the user's language.
import type { LeftOutFeature } from '../../analysis/intake';
import { type MessageKey, useT } from '../../i18n';
import { layerTitleKey } from '../LayerPanel';

export function LeftOutNotice({ leftOut }: { leftOut: LeftOutFeature[] | undefined }) {
  const f = useT();
  if (!leftOut || leftOut.length === 0) return null;
  return (
    <div className="notice left-out" role="status" data-testid="analysis-left-out">
      <p>{f.t('analysis.leftOut.title', { count: f.num(leftOut.length) })}</p>
      <ul>
        {leftOut.map((e) => (
          <li key={`${e.layer}|${e.index}|${e.reason}`} data-reason={e.reason} data-id={e.id}>
            {f.t('analysis.leftOut.item', {
              layer: f.t(layerTitleKey(e.layer)),
              name: f.name(e) || e.id,
              reason: f.t(`analysis.leftOut.reason.${e.reason}` as MessageKey, {
                type: e.geometry_type ?? '—',
              }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
