import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEmbed } from '../../state/embed';
import { useLanguage } from '../../state/language';
import { useView } from '../../state/view';
import { findAll, findOne, render, tag, text } from '../test-markup';
import { EmbedOverlay } from './EmbedOverlay';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const initialEmbed = useEmbed.getState();
const initialLanguage = useLanguage.getState();
beforeEach(() => {
  // No DOM here: the page's address and width, as an embedded page would have them.
  vi.stubGlobal('window', {
    location: { origin: 'https://gis.example.vn', pathname: '/ban-do/', search: '' },
    innerWidth: 1024,
  });
  useEmbed.setState(initialEmbed, true);
  useLanguage.setState(initialLanguage, true);
});

afterEach(() => vi.unstubAllGlobals());

describe('EmbedOverlay', () => {
  it('is nothing outside an embed', () => {
    expect(findAll(render(<EmbedOverlay />), tag('a'))).toHaveLength(0);
  });

  it('shows the title as text, the legend and the "view larger map" link without the embed keys', () => {
    useEmbed.getState().apply({ embed: true, title: '<img src=x onerror=alert(1)> KCN', scroll: 'off' });
    useView.setState({ view: { center: [106.7, 11.1], zoom: 10 } });
    const root = render(<EmbedOverlay />);
    const title = findOne(root, tag('h1'));
    expect(text(title)).toBe('<img src=x onerror=alert(1)> KCN');
    expect(findAll(root, tag('img'))).toHaveLength(0);
    expect(findAll(root, tag('details'))).toHaveLength(1);
    const link = findOne(root, tag('a'));
    expect(text(link)).toContain('Xem bản đồ lớn hơn');
    expect(link.attrs.target).toBe('_blank');
    expect(link.attrs.rel).toBe('noopener');
    const href = new URL(link.attrs.href ?? '');
    expect(`${href.origin}${href.pathname}`).toBe('https://gis.example.vn/ban-do/');
    const keys = new URLSearchParams(href.hash.slice(1));
    expect(keys.get('z')).toBe('10');
    expect(keys.get('lat')).toBe('11.1');
    expect(keys.get('embed')).toBeNull();
    expect(keys.get('title')).toBeNull();
    expect(keys.get('scroll')).toBeNull();
  });

  it('leaves the legend out with legend=0, in English', () => {
    useLanguage.setState({ lang: 'en' });
    useEmbed.getState().apply({ embed: true, legend: false });
    const root = render(<EmbedOverlay />);
    expect(findAll(root, tag('details'))).toHaveLength(0);
    expect(text(findOne(root, tag('a')))).toContain('View larger map');
  });
});
