// "Colour by" applied to an imported layer (small or large): the rule is made once, here, from the
// column's values as they are now (all of a large layer's chunks), written into the layer's
// description (so the map, the legend and the print read it as any style) and saved apart from the
// features (persist.ts `style:<id>`), so a reload draws the same categories and breaks.
import { categoryStart, colorsInUse } from '../layers/category-start';
import { categoryPalette, categoryRule, classRule, withColorRule } from '../layers/color-by';
import {
  chunkNumbers,
  chunksMiss,
  featureNumbers,
  featuresMiss,
  profileChunks,
  profileFeatures,
} from '../layers/column-profile';
import { countChunks, countFeatures } from '../layers/rule-counts';
import type { ColorRule } from '../layers/style';
import { useBigLayers } from './big-layers-store';
import { useLayers } from './layers';
import { userLayerStorage } from './user-layers';
import { useUserLayers } from './user-layers-store';

/** The descriptions of the imported layers (small and large) other than `id`, shown or not. */
function otherDescriptions(id: string) {
  return [...Object.values(useUserLayers.getState().layers), ...Object.values(useBigLayers.getState().layers)]
    .filter((l) => l.id !== id)
    .map((l) => l.description);
}

/**
 * Colours imported layer `id` by column `field` (null: one colour again). A text column's
 * categories start in the palette where they clash least with the other imported layers' colours. A text column of more
 * than CATEGORY_LIMIT values, an unknown column or a column without numbers leaves the layer as it
 * is and returns false (the select never offers those); true when the style changed.
 */
export async function colorUserLayerBy(id: string, field: string | null): Promise<boolean> {
  const small = useUserLayers.getState().layers[id];
  const big = useBigLayers.getState().layers[id];
  const layer = small ?? big;
  if (!layer) return false;
  let rule: ColorRule | null = null;
  let missing = true;
  let counts: Record<string, number> | undefined;
  if (field !== null) {
    const features = small ? (useLayers.getState().layers[id]?.features ?? []) : null;
    const chunks = big?.chunks ?? [];
    const profile = (features ? profileFeatures(features, [field]) : profileChunks(chunks, [field]))[0];
    if (profile?.kind === 'text') {
      // Start where the other imported layers' colours clash least (category-start.ts).
      const usage = colorsInUse(otherDescriptions(id));
      const count = profile.values.length;
      rule = categoryRule(field, profile.values, categoryStart(count, usage, categoryPalette(count)));
    } else if (profile?.kind === 'number')
      rule = classRule(field, features ? featureNumbers(features, field) : chunkNumbers(chunks, field));
    if (!rule) return false;
    missing = features ? featuresMiss(features, field) : chunksMiss(chunks, field);
    if (rule.type !== 'fixed') counts = features ? countFeatures(rule, features) : countChunks(rule, chunks);
  }
  const description = withColorRule(layer.description, layer.n, rule, missing, counts);
  if (small) {
    useUserLayers.setState((s) => ({ layers: { ...s.layers, [id]: { ...small, description } } }));
  } else if (big) {
    useBigLayers.setState((s) => ({ layers: { ...s.layers, [id]: { ...big, description } } }));
  }
  // A layer read by the viewport is not stored (its link brings it back): nothing to save.
  if (!big?.viewport) {
    try {
      const look = {
        style: description.style,
        ...(description.legend ? { legend: description.legend } : {}),
      };
      await userLayerStorage()?.saveStyle?.(id, rule ? look : null);
    } catch {
      // Drawn so for this visit; the layer's stored colour stays as it was.
    }
  }
  return true;
}
