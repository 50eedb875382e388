// The import's progress line: a file being read (bytes and features), a URL's file being asked
// for and downloaded (bytes of Content-Length, or bytes so far and an indeterminate bar without it).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../../state/language';
import { useUserLayers } from '../../state/user-layers';
import { attr, findOne, render, tag, text } from '../test-markup';
import { Progress } from './ImportPanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

beforeEach(() => useLanguage.setState({ lang: 'vi' }));

const line = () => text(findOne(render(<Progress />), attr('role', 'status')));
const bar = () => findOne(render(<Progress />), tag('progress')).attrs;

describe('import progress', () => {
  it('reads a file: bytes of its size and features', () => {
    useUserLayers.setState({
      job: { fileName: 'thua.fgb', progress: { bytesRead: 1024, totalBytes: 4096, featuresRead: 12 } },
    });
    expect(line()).toContain('Đang đọc “thua.fgb”: 1.024 / 4.096 byte, 12 đối tượng');
    expect(bar().max).toBe('4096');
  });

  it('downloads a URL: asking first, then bytes of its length, or bytes so far without one', () => {
    useUserLayers.setState({ job: { fileName: 'a.fgb', progress: null, download: true } });
    expect(line()).toContain('Đang hỏi máy chủ về “a.fgb”…');
    expect(bar().value).toBeUndefined(); // indeterminate
    useUserLayers.setState({
      job: {
        fileName: 'a.fgb',
        progress: { bytesRead: 2048, totalBytes: 205680, featuresRead: 0 },
        download: true,
      },
    });
    expect(line()).toContain('Đang tải “a.fgb” về: 2.048 / 205.680 byte');
    expect(bar()).toMatchObject({ max: '205680', value: '2048' });
    useLanguage.setState({ lang: 'en' });
    useUserLayers.setState({
      job: {
        fileName: 'a.fgb',
        progress: { bytesRead: 2048, totalBytes: 0, featuresRead: 0 },
        download: true,
      },
    });
    expect(line()).toContain('Downloading “a.fgb”: 2,048 bytes');
    expect(bar().value).toBeUndefined();
  });
});
