import { beforeEach, describe, expect, it } from 'vitest';
import { useAnnotations } from './annotations';

const store = () => useAnnotations.getState();

beforeEach(() => {
  useAnnotations.setState({ list: [], drawing: null, draft: { title: '', note: '', color: 0 } });
});

describe('drawing annotations', () => {
  it('a point ends at its first vertex and takes the draft title, note and colour', () => {
    store().setDraft({ title: 'Cổng', note: 'ghi chú', color: 3 });
    store().start('point');
    store().addVertex([106.6, 11.1]);
    expect(store().drawing).toBeNull();
    expect(store().list).toEqual([
      { kind: 'point', color: 3, title: 'Cổng', note: 'ghi chú', coords: [[106.6, 11.1]] },
    ]);
    // The text is cleared for the next one; the colour stays.
    expect(store().draft).toEqual({ title: '', note: '', color: 3 });
  });
  it('an area needs three vertices: finishing with two keeps nothing; undo and cancel work', () => {
    store().start('area');
    store().addVertex([106.6, 11.1]);
    store().addVertex([106.7, 11.1]);
    store().addVertex([106.7, 11.2]);
    store().undoVertex();
    expect(store().drawing?.points).toHaveLength(2);
    expect(store().finish()).toBe(false);
    expect(store().list).toEqual([]);
    store().start('line');
    store().addVertex([106.6, 11.1]);
    store().cancel();
    expect(store().drawing).toBeNull();
    expect(store().list).toEqual([]);
  });
  it('refuses coordinates off the globe', () => {
    store().start('line');
    store().addVertex([200, 11]);
    store().addVertex([106.7, 11]);
    expect(store().finish()).toBe(false);
    expect(store().list).toEqual([]);
  });
  it('edits one annotation’s title, note and colour, and refuses an edit past the limits', () => {
    const line = {
      kind: 'line' as const,
      color: 0,
      title: 'A',
      note: '',
      coords: [
        [106.6, 11.1],
        [106.7, 11.2],
      ] as [number, number][],
    };
    store().replaceAll([line, { ...line, title: 'B' }]);
    expect(store().update(1, { title: 'Đường mới', note: 'dự kiến', color: 2 })).toBe(true);
    expect(store().list[1]).toEqual({ ...line, title: 'Đường mới', note: 'dự kiến', color: 2 });
    expect(store().list[0]).toEqual(line);
    // A title over 80 characters, a colour off the palette or a missing index changes nothing.
    expect(store().update(0, { title: 'x'.repeat(81) })).toBe(false);
    expect(store().update(0, { color: 99 })).toBe(false);
    expect(store().update(5, { title: 'C' })).toBe(false);
    expect(store().list.map((a) => a.title)).toEqual(['A', 'Đường mới']);
  });
});
