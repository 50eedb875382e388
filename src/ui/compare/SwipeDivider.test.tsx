import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n';
import { useLanguage } from '../../state/language';
import { attr, findOne, LANGS, render } from '../test-markup';
import { dividerKey, percentAt, SwipeDivider } from './SwipeDivider';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));

const separator = (value: number) =>
  findOne(render(<SwipeDivider value={value} onChange={() => {}} />), attr('role', 'separator'));

describe('SwipeDivider markup', () => {
  it('is a focusable vertical separator with its value 0–100', () => {
    expect(separator(42.6).attrs).toMatchObject({
      tabindex: '0',
      'aria-orientation': 'vertical',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '43',
      style: 'left:42.6%',
    });
  });

  it('is named from the locale table in both languages', () => {
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const el = separator(10);
      expect(el.attrs['aria-label']).toBe(translate(lang, 'compare.divider'));
      expect(el.attrs['aria-valuetext']).toBe(translate(lang, 'compare.divider.value', { value: '10' }));
      expect(el.attrs.title).toBe(translate(lang, 'compare.divider.hint'));
    }
  });
});

describe('dividerKey', () => {
  it('moves 1 per arrow, 10 with Shift or Page Up/Down', () => {
    expect(dividerKey(50, 'ArrowRight', false)).toBe(51);
    expect(dividerKey(50, 'ArrowUp', false)).toBe(51);
    expect(dividerKey(50, 'ArrowLeft', false)).toBe(49);
    expect(dividerKey(50, 'ArrowDown', false)).toBe(49);
    expect(dividerKey(50, 'ArrowRight', true)).toBe(60);
    expect(dividerKey(50, 'ArrowLeft', true)).toBe(40);
    expect(dividerKey(50, 'PageUp', false)).toBe(60);
    expect(dividerKey(50, 'PageDown', false)).toBe(40);
  });

  it('Home and End go to the edges; it never leaves 0–100', () => {
    expect(dividerKey(37, 'Home', false)).toBe(0);
    expect(dividerKey(37, 'End', false)).toBe(100);
    expect(dividerKey(0.5, 'ArrowLeft', false)).toBe(0);
    expect(dividerKey(95, 'ArrowRight', true)).toBe(100);
  });

  it('leaves other keys alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape']) expect(dividerKey(50, key, false)).toBeNull();
  });
});

describe('percentAt', () => {
  it('is the pointer’s share of the maps’ width, clamped', () => {
    const box = { left: 100, width: 800 };
    expect(percentAt(500, box)).toBe(50);
    expect(percentAt(300, box)).toBe(25);
    expect(percentAt(20, box)).toBe(0);
    expect(percentAt(1000, box)).toBe(100);
    expect(percentAt(300, { left: 0, width: 0 })).toBe(50);
  });
});
