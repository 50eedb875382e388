// "Colour by" in an imported layer's row: a native select of "one colour" and the layer's columns.
// Text columns of few values give categories, numeric ones 5 quantile classes (color-by.ts); a text
// column of more values is listed but disabled, with a note saying why. The rule is made when the
// user chooses (state/user-layer-style.ts, loaded then: it carries the classification code).
import { useId, useMemo, useState } from 'react';
import type { LayerId } from '../../data/schema';
import { useT } from '../../i18n';
import { CATEGORY_LIMIT, type ColumnProfile, colorField } from '../../layers/color-by';
import { profileChunks, profileFeatures } from '../../layers/column-profile';
import { useBigLayers } from '../../state/big-layers-store';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';

/** Applies the choice of the select of layer `id` ('' = one colour). */
export async function chooseColorBy(id: string, value: string): Promise<boolean> {
  const { colorUserLayerBy } = await import('../../state/user-layer-style');
  return colorUserLayerBy(id, value === '' ? null : value);
}

export function ColorBySelect({ id, title }: { id: LayerId; title: string }) {
  const { t } = useT();
  const small = useUserLayers((s) => s.layers[id]);
  const big = useBigLayers((s) => s.layers[id]);
  const features = useLayers((s) => s.layers[id]?.features);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const noteId = useId();
  const fields = small?.fields;
  const chunks = big?.chunks;
  const summary = big?.summary;
  // Only what changes the columns' values re-reads them (not opacity or visibility).
  const profiles: ColumnProfile[] = useMemo(() => {
    if (fields) return profileFeatures(features ?? [], fields);
    return summary && chunks ? profileChunks(chunks, summary.fields) : [];
  }, [fields, features, chunks, summary]);
  const layer = small ?? big;
  // A layer read by the viewport holds one view's chunks: categories or classes made of them would
  // not be the layer's, so it keeps one colour.
  if (!layer || big?.viewport) return null;
  const loading = !!big && !big.summary;
  const current = colorField(layer.description) ?? '';
  const many = profiles.some((p) => p.kind === 'many');
  const structured = profiles.some((p) => p.kind === 'structured');
  const label = (p: ColumnProfile) =>
    p.kind === 'number'
      ? t('userLayers.colorBy.classes', { field: p.field })
      : p.kind === 'text'
        ? t('userLayers.colorBy.categories', { field: p.field })
        : p.kind === 'structured'
          ? t('userLayers.colorBy.structured', { field: p.field })
          : t('userLayers.colorBy.many', { field: p.field, limit: CATEGORY_LIMIT });
  return (
    <div className="user-layer-color-by" data-color-by={current || 'none'}>
      <label htmlFor={selectId}>{t('userLayers.colorBy')}</label>
      <select
        id={selectId}
        data-color-by-select={id}
        aria-label={t('userLayers.colorBy.aria', { title })}
        aria-describedby={many || structured || loading ? noteId : undefined}
        value={current}
        disabled={loading || busy}
        onChange={(e) => {
          setBusy(true);
          void chooseColorBy(id, e.currentTarget.value).finally(() => setBusy(false));
        }}
      >
        <option value="">{t('userLayers.colorBy.none')}</option>
        {profiles.map((p) => (
          <option key={p.field} value={p.field} disabled={p.kind === 'many' || p.kind === 'structured'}>
            {label(p)}
          </option>
        ))}
      </select>
      {loading && (
        <p id={noteId} className="user-layer-color-note">
          {t('userLayers.colorBy.loading')}
        </p>
      )}
      {/* Most files have a column of many values (an id), so the reason stays one line until asked
          for; the select's description still reads it out (hidden text counts for aria-describedby). */}
      {(many || structured) && !loading && (
        <details className="user-layer-color-note">
          <summary>{t('userLayers.colorBy.manyWhy')}</summary>
          <p id={noteId}>
            {[
              many ? t('userLayers.colorBy.manyNote', { limit: CATEGORY_LIMIT }) : '',
              // Not "filter by that column": the layer's filters offer text columns of at most
              // 12 values too (filter-fields.ts). A large layer's table has no search box.
              many && small ? t('userLayers.colorBy.manySearch') : '',
              structured ? t('userLayers.colorBy.structuredNote') : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </details>
      )}
    </div>
  );
}
