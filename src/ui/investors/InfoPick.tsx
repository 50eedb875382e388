// "Add to comparison" in the info panel of a selected park; a refused pick (a fifth park) says why
// right there, and once two or more are picked a button opens the comparison.
import { useT } from '../../i18n';
import { useExplorer } from '../../state/explorer';
import { MAX_COMPARED_PARKS } from '../../state/investor-url';

export function InfoPick({ id, name }: { id: string; name: string }) {
  const f = useT();
  const picked = useExplorer((s) => s.picked);
  const refusal = useExplorer((s) => s.refusal);
  const s = useExplorer.getState;
  const on = picked.includes(id);
  return (
    <div className="info-pick">
      <button
        type="button"
        aria-pressed={on}
        data-testid="info-pick"
        aria-label={f.t(on ? 'explorer.unpick.label' : 'explorer.pick.label', { name })}
        onClick={() => (on ? s().unpick(id) : s().pick(id))}
      >
        {f.t(on ? 'explorer.unpick' : 'explorer.pick')}
      </button>{' '}
      <span>{f.t('explorer.picked', { count: picked.length })}</span>
      {picked.length >= 2 && (
        <button
          type="button"
          onClick={() => {
            s().setOpen(true);
            s().setCompareOpen(true);
          }}
        >
          {f.t('explorer.compare.open', { count: picked.length })}
        </button>
      )}
      {refusal?.id === id && refusal.reason === 'comparison_full' && (
        <p className="notice" role="alert">
          {f.t('siteScore.compare.full', { max: MAX_COMPARED_PARKS, park: name })}
        </p>
      )}
    </div>
  );
}
