import { type FeatureProblem, isLocationProblem } from '../data/boundary';
import { type MessageKey, useT } from '../i18n';

/** Names listed in a notice before "and N more". */
const LISTED = 5;

/**
 * A layer's notice about features the data boundary kept with a problem: those without a valid
 * location (not drawn, never silently dropped) and attribute values kept in another form. Each
 * feature is named as its file knows it (name, else id, else its position), with the reason.
 */
export function LayerProblems({ problems }: { problems: FeatureProblem[] }) {
  const { t, num } = useT();
  if (problems.length === 0) return null;
  const list = (items: FeatureProblem[]) => {
    const named = items.slice(0, LISTED).map((p) => {
      const who = p.name ?? (p.id !== undefined ? String(p.id) : `#${p.ordinal}`);
      if (!p.messageKey) return who;
      const reason = t(p.messageKey as MessageKey);
      // A value's problem names its column: "#1 (ulong: số nguyên quá lớn, giữ dạng văn bản)".
      return `${who} (${p.column ? `${p.column}: ${reason}` : reason})`;
    });
    if (items.length > LISTED) named.push(t('layers.problems.more', { count: num(items.length - LISTED) }));
    return named.join('; ');
  };
  const location = problems.filter(isLocationProblem);
  const values = problems.filter((p) => !isLocationProblem(p));
  return (
    <>
      {location.length > 0 && (
        <p className="layer-problems" data-testid="layer-problems-location">
          {t('layers.problems.location', { count: num(location.length), names: list(location) })}
        </p>
      )}
      {values.length > 0 && (
        <p className="layer-problems" data-testid="layer-problems-values">
          {t('layers.problems.values', { count: num(values.length), names: list(values) })}
        </p>
      )}
    </>
  );
}
