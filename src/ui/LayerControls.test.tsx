import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogLayer, CuratedLayerId as LayerId } from '../data/schema';
import { type Language, useLanguage } from '../state/language';
import { type LayerEntry, useLayers } from '../state/layers';
import { LayerAbout, LayerControls } from './LayerControls';
import { attr, findAll, findOne, hasClass, nameContainsText, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialLayers = useLayers.getState();

beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useLayers.setState(initialLayers, true);
});

const setLang = (lang: Language) => useLanguage.setState({ lang });
function setLayer(id: LayerId, patch: Partial<LayerEntry>) {
  useLayers.setState((s) => ({ layers: { ...s.layers, [id]: { ...s.layers[id], ...patch } } }));
}

const meta: CatalogLayer = {
  id: 'parks',
  title: { vi: 'KCN', en: 'Parks' },
  geometry_type: 'MultiPolygon',
  file: 'parks.fgb',
  feature_count: 3,
  bbox: [106.3, 10.8, 106.9, 11.5],
  attribution: 'Sở Công Thương <b>Bình Dương</b>',
  licence: 'CC-BY-4.0',
  description: { vi: 'Các khu công nghiệp.', en: 'The industrial parks.' },
  built_at: '2025-01-01T00:00:00Z',
};

describe('LayerControls', () => {
  it('offers a 0–100 % slider named with the layer and echoing its value', () => {
    setLayer('parks', { opacity: 0.3 });
    setLang('en');
    const root = render(<LayerControls id="parks" title="Industrial parks" />);
    const slider = findOne(root, attr('type', 'range'));
    expect(slider.attrs.min).toBe('0');
    expect(slider.attrs.max).toBe('100');
    expect(slider.attrs.value).toBe('30');
    expect(slider.attrs['aria-label']).toBe('Opacity of the layer Industrial parks');
    expect(slider.attrs['aria-valuetext']).toBe('30 %');
    expect(findOne(root, tag('output')).children.join('')).toBe('30 %');
    // The visible label's text is part of the slider's name (WCAG 2.5.3).
    expect(slider.attrs['aria-label']).toContain(text(findOne(root, hasClass('layer-opacity'))).trim());
  });

  it('offers "zoom to layer" only once the catalog gave the layer a box', () => {
    setLang('vi');
    expect(findAll(render(<LayerControls id="parks" title="KCN" />), tag('button'))).toEqual([]);
    setLayer('parks', { meta });
    const button = findOne(render(<LayerControls id="parks" title="KCN" />), tag('button'));
    expect(text(button)).toBe('Thu phóng đến lớp');
    expect(button.attrs['aria-label']).toBe('Thu phóng đến lớp KCN');
    expect(nameContainsText(button)).toBe(true);
  });
});

describe('LayerAbout', () => {
  it('shows nothing before the catalog is read', () => {
    expect(render(<LayerAbout id="parks" />).children).toEqual([]);
  });

  it("shows the description in the user's language, the source and the licence, as text", () => {
    setLayer('parks', { meta });
    setLang('en');
    const en = text(render(<LayerAbout id="parks" />));
    expect(en).toContain('The industrial parks.');
    expect(en).toContain('Source: Sở Công Thương <b>Bình Dương</b>');
    expect(en).toContain('Licence: CC-BY-4.0');
    setLang('vi');
    const vi = text(render(<LayerAbout id="parks" />));
    expect(vi).toContain('Các khu công nghiệp.');
    expect(vi).toContain('Giấy phép: CC-BY-4.0');
  });

  it('shows the Vietnamese source and licence to a Vietnamese user when the catalog has them', () => {
    setLayer('parks', {
      meta: { ...meta, attribution_vi: 'Nguồn tiếng Việt', licence_vi: 'Giấy phép tiếng Việt' },
    });
    setLang('vi');
    const vi = text(render(<LayerAbout id="parks" />));
    expect(vi).toContain('Nguồn: Nguồn tiếng Việt');
    expect(vi).toContain('Giấy phép: Giấy phép tiếng Việt');
    setLang('en');
    const en = text(render(<LayerAbout id="parks" />));
    expect(en).toContain('Licence: CC-BY-4.0');
  });
});

describe('the layers store', () => {
  it('keeps opacity within 0–1 and ignores a value that is not a number', () => {
    const { setOpacity } = useLayers.getState();
    setOpacity('parks', 0.4);
    expect(useLayers.getState().layers.parks.opacity).toBe(0.4);
    setOpacity('parks', 7);
    expect(useLayers.getState().layers.parks.opacity).toBe(1);
    setOpacity('parks', -1);
    expect(useLayers.getState().layers.parks.opacity).toBe(0);
    setOpacity('parks', Number.NaN);
    expect(useLayers.getState().layers.parks.opacity).toBe(0);
  });

  it('counts zoom requests so that asking twice for the same layer is seen', () => {
    useLayers.getState().requestZoom('parks');
    const first = useLayers.getState().zoomRequest;
    useLayers.getState().requestZoom('parks');
    expect(first?.id).toBe('parks');
    expect(useLayers.getState().zoomRequest).not.toBe(first);
    expect(useLayers.getState().zoomRequest?.n).toBe((first?.n ?? 0) + 1);
  });
});
