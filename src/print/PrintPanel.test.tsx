import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../state/language';
import { findAll, findOne, render, tag, text } from '../ui/test-markup';
import { PrintPanel } from './PrintPanel';
import { usePrint } from './print-store';

vi.mock('zustand', async (actual) => (await import('../ui/test-markup')).ssrZustand(await actual()));

const initialLanguage = useLanguage.getState();
const initialPrint = usePrint.getState();
beforeEach(() => {
  useLanguage.setState(initialLanguage, true);
  usePrint.setState(initialPrint, true);
});

describe('PrintPanel', () => {
  it('offers the resolution, paper and orientation with labels, and the two actions, in Vietnamese', () => {
    const root = render(<PrintPanel />);
    expect(text(findOne(root, tag('legend')))).toBe('In và xuất ảnh');
    const labels = findAll(root, tag('label')).map((l) => text(l));
    expect(labels[0]).toMatch(/^Độ phân giải/);
    expect(labels[1]).toMatch(/^Khổ giấy/);
    expect(labels[2]).toMatch(/^Hướng giấy/);
    const options = findAll(root, tag('option')).map((o) => text(o));
    expect(options).toEqual(['Màn hình', 'In (300 dpi, khổ giấy đã chọn)', 'A4', 'A3', 'Ngang', 'Dọc']);
    const buttons = findAll(root, tag('button')).map((b) => text(b));
    expect(buttons).toEqual(['Xuất ảnh PNG', 'In bản đồ…']);
  });

  it('speaks English and shows the paper kept in the print store', () => {
    useLanguage.setState({ lang: 'en' });
    usePrint.setState({ page: { paper: 'A3', orientation: 'portrait' } });
    const root = render(<PrintPanel />);
    expect(findAll(root, tag('button')).map((b) => text(b))).toEqual(['Export PNG', 'Print the map…']);
    const selects = findAll(root, tag('select'));
    // React's server markup marks the chosen option as selected.
    const chosen = selects.map((s) =>
      text(findAll(s, (el) => el.tag === 'option' && 'selected' in el.attrs)[0]!),
    );
    expect(chosen).toEqual(['Screen', 'A3', 'Portrait']);
  });
});
