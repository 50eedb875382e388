import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { layerOrderAnnouncements, layerOrderInstructions } from './layer-order-words';
import { LANGS } from './test-markup';

const ids = ['parks', 'corridors', 'places'];
const titles: Record<string, string> = { parks: 'KCN', corridors: 'Hành lang', places: 'Địa điểm' };
const arg = (id: string) => ({
  id,
  data: { current: undefined },
  rect: { current: { initial: null, translated: null } },
});

describe('layer reorder announcements', () => {
  it('name the layer and its place from the top, in each language', () => {
    for (const lang of LANGS) {
      const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
        translate(lang, k, p);
      const a = layerOrderAnnouncements(t, ids, (id) => titles[id]!, String);
      const active = arg('corridors') as never;
      expect(a.onDragStart({ active })).toBe(
        t('layerOrder.start', { title: 'Hành lang', position: '2', count: '3' }),
      );
      expect(a.onDragOver({ active, over: arg('parks') as never })).toBe(
        t('layerOrder.over', { title: 'Hành lang', position: '1', count: '3' }),
      );
      expect(a.onDragEnd({ active, over: arg('places') as never })).toBe(
        t('layerOrder.end', { title: 'Hành lang', position: '3', count: '3' }),
      );
      expect(a.onDragCancel({ active, over: null })).toBe(
        t('layerOrder.cancel', { title: 'Hành lang', position: '2', count: '3' }),
      );
      expect(layerOrderInstructions(t).draggable).toBe(t('layerOrder.instructions'));
    }
  });

  it('read as sentences in Vietnamese and English', () => {
    const vi = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('vi', k, p);
    const en = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('en', k, p);
    const active = arg('parks') as never;
    expect(layerOrderAnnouncements(vi, ids, (id) => titles[id]!, String).onDragStart({ active })).toBe(
      'Đã nhấc lớp “KCN”, vị trí 1 trên 3.',
    );
    expect(
      layerOrderAnnouncements(en, ids, (id) => titles[id]!, String).onDragEnd({
        active,
        over: arg('places') as never,
      }),
    ).toBe('Dropped layer “KCN” at position 3 of 3.');
  });
});
