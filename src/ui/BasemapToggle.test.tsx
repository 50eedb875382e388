import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n';
import { useBasemapStatus } from '../state/basemap-status';
import { type Language, useLanguage } from '../state/language';
import { useView } from '../state/view';
import { BasemapNotice, BasemapToggle } from './BasemapToggle';
import { controls, findAll, findOne, hasClass, LANGS, render, tag, text } from './test-markup';

vi.mock('zustand', async (actual) => (await import('./test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialView = useView.getState();

beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  useView.setState(initialView, true);
  useBasemapStatus.setState({ status: 'off' });
});

const setLang = (lang: Language) => useLanguage.setState({ lang });

describe('BasemapToggle', () => {
  it('describes the offline basemap and offers OSM, off by default, in Vietnamese', () => {
    const root = render(<BasemapToggle />);
    expect(text(findOne(root, tag('legend')))).toBe('Bản đồ nền');
    expect(text(findOne(root, hasClass('basemap-offline')))).toBe('Nền ngoại tuyến (có sẵn)');
    const input = findOne(root, tag('input'));
    expect(input.attrs.type).toBe('checkbox');
    // Named by its visible label (no aria-label that would hide it), described by its title.
    expect(input.attrs).not.toHaveProperty('aria-label');
    expect(input.attrs.title).toBe('Bật hoặc tắt bản đồ nền OpenStreetMap trực tuyến');
    expect(input.attrs).not.toHaveProperty('checked');
    expect(text(findOne(root, tag('label')))).toBe('OpenStreetMap (trực tuyến)');
    expect(findAll(root, hasClass('attribution'))).toHaveLength(0);
  });

  it('speaks English', () => {
    setLang('en');
    const root = render(<BasemapToggle />);
    expect(text(findOne(root, tag('legend')))).toBe('Basemap');
    expect(text(findOne(root, hasClass('basemap-offline')))).toBe('Offline (built-in)');
    expect(findOne(root, tag('input')).attrs.title).toBe('Turn the online OpenStreetMap basemap on or off');
    expect(text(findOne(root, tag('label')))).toBe('OpenStreetMap (online)');
  });

  it('labels every control from the locale table in both languages', () => {
    for (const lang of LANGS) {
      setLang(lang);
      const all = controls(render(<BasemapToggle />));
      expect(all).toHaveLength(1);
      expect(all[0]!.attrs.title).toBe(translate(lang, 'basemap.osm.aria'));
    }
  });

  it('the change handler’s store action turns OSM on, ticks the box and shows the attribution', () => {
    useView.getState().setOsm(true);
    const root = render(<BasemapToggle />);
    expect(findOne(root, tag('input')).attrs).toHaveProperty('checked');
    expect(text(findOne(root, hasClass('attribution')))).toBe('© OpenStreetMap contributors');
    useView.getState().setOsm(false);
    expect(findAll(render(<BasemapToggle />), hasClass('attribution'))).toHaveLength(0);
  });
});

describe('BasemapNotice', () => {
  it('says nothing unless the online basemap is asked for and unreachable', () => {
    for (const [osm, status] of [
      [false, 'offline'],
      [true, 'loading'],
      [true, 'on'],
    ] as const) {
      useView.setState({ osm });
      useBasemapStatus.setState({ status });
      expect(findAll(render(<BasemapNotice />), tag('p'))).toHaveLength(0);
    }
  });

  it('shows one notice in the user’s language, with a button that turns the online basemap off', () => {
    useView.setState({ osm: true });
    useBasemapStatus.setState({ status: 'offline' });
    let root = render(<BasemapNotice />);
    const notice = findOne(root, tag('p'));
    expect(notice.attrs.role).toBe('status');
    expect(text(notice)).toBe(
      'Không tải được bản đồ nền trực tuyến (OpenStreetMap): đang dùng nền ngoại tuyến, sẽ tự thử lại sau. Tắt nền trực tuyến',
    );
    setLang('en');
    root = render(<BasemapNotice />);
    expect(text(findOne(root, tag('button')))).toBe('Turn the online basemap off');
  });
});
