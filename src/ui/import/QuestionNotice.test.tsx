// The notice of a question waiting while the side panel is folded: named file, a button to answer,
// in both languages; nothing with the panel open (the question is there) or with no question.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../import/types';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { useImportQuestion } from './flow';
import { QuestionNotice } from './QuestionNotice';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const view = (panelOpen: boolean) => render(<QuestionNotice panelOpen={panelOpen} onShow={() => {}} />);
const notices = (panelOpen: boolean) =>
  findAll(view(panelOpen), attr('data-testid', 'import-question-notice'));
/** The live region: on the page whether or not a notice is in it (announced when one comes). */
const region = (panelOpen: boolean) =>
  findOne(view(panelOpen), attr('data-testid', 'import-question-region'));

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useImportQuestion.setState({ question: null });
});

describe('QuestionNotice', () => {
  it('says nothing with no question, or with the panel open, its live region there all the same', () => {
    expect(notices(false)).toEqual([]);
    expect(region(false).attrs.role).toBe('status');
    expect(region(false).children).toEqual([]);
    useImportQuestion.setState({
      question: { kind: 'large', file: new Blob([]), name: 'lon.geojson', size: 150, limit: 100 },
    });
    expect(notices(true)).toEqual([]);
    expect(region(true).attrs.role).toBe('status');
  });

  it('names the file of the question waiting in the folded panel, with a button to answer it', () => {
    useImportQuestion.setState({
      question: {
        kind: 'crs',
        result: { fileName: 'vn2000 <i>.geojson', crsQuestion: { choices: [] } } as unknown as ImportResult,
      },
    });
    const [vi] = notices(false);
    expect(findAll(region(false), attr('data-testid', 'import-question-notice'))).toHaveLength(1);
    expect(text(vi!)).toBe(
      'Có một câu hỏi về “vn2000 <i>.geojson” đang chờ bạn trả lời trong “Tệp của bạn”. Trả lời',
    );
    useLanguage.setState({ lang: 'en' });
    const en = notices(false)[0]!;
    expect(text(findOne(en, tag('button')))).toBe('Answer');
    expect(text(en)).toContain('A question about “vn2000 <i>.geojson” is waiting');
  });
});
