// The map-wide search box (issue 8 §4) in the side panel's header: a labelled <input type="search">
// that is a WAI-ARIA combobox (aria-expanded, aria-controls, aria-activedescendant) over a listbox of
// the features of every loaded layer matching the text (map-search.ts). Arrow keys move through the
// results, Enter (or a click) chooses one: it is selected and the map zooms to it, the same path as
// choosing a row of the attribute table (chooseRow). Escape closes the list, then clears the text.
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { LayerFeature } from '../../data/load-layer';
import type { LayerId } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { bigFeatureHidden } from '../../state/big-filter';
import { useBigLayers } from '../../state/big-layers-store';
import { useCatalog } from '../../state/catalog';
import { useFilters } from '../../state/filters';
import { useLayers } from '../../state/layers';
import { useUserLayers } from '../../state/user-layers-store';
import { importedFeatureTitle, ownName } from '../feature-name';
import { layerTitleKey } from '../LayerPanel';
import { chooseRow } from '../table/VirtualTable';
import { bigLayerFields } from './big-search';
import { withDetails } from './distinct-names';
import {
  comboKey,
  distinguishHits,
  hiddenByFilter,
  matchDetails,
  type SearchHit,
  searchFeatures,
} from './map-search';
import { useBigSearch } from './use-big-search';
import './map-search.css';

/** At most this many options are listed; the status line says how many more there are. */
export const MAX_SHOWN = 20;

export function MapSearch() {
  const f = useT();
  const layers = useLayers((s) => s.layers);
  const catalog = useCatalog((s) => s.catalog);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();

  const byLayer = useMemo(() => {
    const out: Record<string, readonly LayerFeature[]> = {};
    for (const [id, entry] of Object.entries(layers)) if (entry.status === 'ready') out[id] = entry.features;
    return out;
  }, [layers]);
  const userLayers = useUserLayers((s) => s.layers);
  const filters = useFilters((s) => s.filters);
  const bigLayers = useBigLayers((s) => s.layers);
  const hidden = (hit: SearchHit) =>
    bigLayers[hit.layerId]
      ? bigFeatureHidden(bigLayers[hit.layerId], Number(hit.featureId), filters[hit.layerId])
      : hiddenByFilter(hit, layers[hit.layerId as LayerId]?.features, filters[hit.layerId]);
  const ownFields = useMemo(() => {
    const out: Record<string, readonly string[]> = {};
    for (const [id, l] of Object.entries(userLayers)) if (l.fields) out[id] = l.fields;
    for (const [id, l] of Object.entries(bigLayers)) out[id] = bigLayerFields(l);
    return out;
  }, [userLayers, bigLayers]);
  const small = useMemo(() => searchFeatures(byLayer, query, ownFields), [byLayer, query, ownFields]);
  // Large layers are searched through their chunks' dictionaries (big-search.ts), in slices off
  // the typing path (use-big-search.ts); their answer joins the small layers' when it is ready.
  const big = useBigSearch(bigLayers, query, MAX_SHOWN);
  const hits = useMemo(() => [...small, ...big.hits], [small, big.hits]);
  const total = small.length + big.total;
  const shown = hits.slice(0, MAX_SHOWN);
  const expanded = open && query.trim() !== '';
  const title = (id: string) =>
    userLayers[id]?.description.title[f.lang] ||
    bigLayers[id]?.description.title[f.lang] ||
    catalog?.layers.find((l) => l.id === id)?.title[f.lang] ||
    f.t(layerTitleKey(id as LayerId) as MessageKey);
  const optionId = (i: number) => `${listId}-opt-${i}`;
  // As the info panel titles it: an unnamed imported feature is "Đối tượng số N", not its bare id.
  const nameOf = (hit: SearchHit) => {
    const user = userLayers[hit.layerId];
    const bigLayer = bigLayers[hit.layerId];
    return user || bigLayer
      ? importedFeatureTitle(
          hit.feature.properties,
          hit.featureId,
          { big: !!bigLayer, idsMade: !!user?.idsMade },
          f,
        )
      : f.name(hit.feature.properties) || ownName(hit.feature.properties, f.lang) || hit.featureId;
  };
  // Where a result whose name lacks the query was found ("Quan: Quận 9"), then, for same-named
  // results (fourteen "Miếu Ngũ Hành" of one file), a column or their number telling them apart.
  const found = matchDetails(shown, query, ownFields, nameOf);
  const details = distinguishHits(shown, nameOf, byLayer, ownFields);
  const optionName = (hit: SearchHit, i: number) => {
    const where = found[i] ?? [];
    const apart = (details[i] ?? []).filter(
      (d) => !('column' in d && where.some((w) => 'column' in w && w.column === d.column)),
    );
    return withDetails(nameOf(hit), [...where, ...apart], f);
  };

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    chooseRow({ layerId: hit.layerId as LayerId, featureId: hit.featureId });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = comboKey(e.key, active, shown.length, expanded);
    if (action.type === 'none') return;
    e.preventDefault();
    // The list's own keys stay with it: App's Escape (closing panels, clearing the selection) waits.
    e.stopPropagation();
    if (action.type === 'close') {
      setOpen(false);
      setActive(-1);
    } else if (action.type === 'move') {
      setOpen(true);
      setActive(action.active);
    } else {
      const hit = shown[action.index];
      if (hit) choose(hit);
    }
  };

  const status =
    query.trim() === ''
      ? ''
      : big.pending
        ? // No count meanwhile: the small layers' alone read as a count that fell while typing.
          f.t('search.pending')
        : total === 0
          ? f.t('search.none', { query: query.trim() })
          : total > shown.length
            ? f.t('search.more', { shown: f.num(shown.length), count: f.num(total) })
            : f.t('search.count', { count: f.num(total) });

  return (
    <div className="map-search" data-testid="map-search">
      <label htmlFor={inputId}>{f.t('search.label')}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={
          expanded && active >= 0 && active < shown.length ? optionId(active) : undefined
        }
        aria-describedby={hintId}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
      />
      <p id={hintId} className="visually-hidden">
        {f.t('search.hint')}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label={f.t('search.results')}
        className="map-search-list"
        hidden={!expanded}
      >
        {expanded &&
          shown.map((hit, i) => (
            // The input keeps the focus and handles the keys (aria-activedescendant); an option only
            // takes the pointer.
            <div
              key={`${hit.layerId}/${hit.featureId}`}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-layer-id={hit.layerId}
              data-feature-id={hit.featureId}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur (which closes the list) comes before a click.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <OptionText
                text={f.t(hidden(hit) ? 'search.option.hidden' : 'search.option', {
                  name: optionName(hit, i),
                  layer: title(hit.layerId),
                })}
                name={nameOf(hit)}
                withDetail={optionName(hit, i)}
              />
            </div>
          ))}
      </div>
      <p className="map-search-status" role="status" data-testid="map-search-status">
        {expanded ? status : ''}
      </p>
    </div>
  );
}

/**
 * An option's text with its detail ("— Quan: Quận 9") in a quieter span: the details made options of
 * two to four lines hard to scan (a newcomer). The text is the translated option as it is; the
 * detail is what `withDetail` (the name with its details) adds after `name`, found in it.
 */
export function OptionText({ text, name, withDetail }: { text: string; name: string; withDetail: string }) {
  const at = text.indexOf(withDetail);
  if (withDetail === name || at < 0 || !withDetail.startsWith(name)) return <>{text}</>;
  const end = at + withDetail.length;
  return (
    <>
      {text.slice(0, at + name.length)}
      <span className="map-search-detail">{text.slice(at + name.length, end)}</span>
      {text.slice(end)}
    </>
  );
}
