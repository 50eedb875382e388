// The question an import asks is the first thing of "Your files": a group named by the question
// (its legend) that script can focus (tabindex -1) but Tab skips, with its buttons, in both
// languages; a polite live region beside it, always there (so what it says later is announced).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportResult } from '../../import/types';
import { useLanguage } from '../../state/language';
import { attr, type El, findAll, findOne, hasClass, render, tag, text } from '../test-markup';
import { useImportQuestion } from './flow';
import { ImportPanel } from './ImportPanel';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const result = (csv: ImportResult['csv']): ImportResult =>
  ({ fileName: 'diem <b>.csv', features: [], problems: [], warnings: [], csv }) as unknown as ImportResult;

const csvQuestion = () =>
  useImportQuestion.setState({
    question: {
      kind: 'csv',
      file: new Blob([]),
      name: 'diem <b>.csv',
      result: result({ columns: ['a', 'b'], delimiter: ',', byValues: true, lon: 'b', lat: 'a' }),
      replaces: 'user:1',
    },
  });

/** The panel's element children, in order, by a short name. */
const order = (panel: El) =>
  panel.children
    .filter((c): c is El => typeof c !== 'string')
    .map((c) => c.attrs['data-testid'] ?? c.attrs.class ?? c.tag);

beforeEach(() => {
  useLanguage.setState({ lang: 'vi' });
  useImportQuestion.setState({ question: null });
});

describe('the import question', () => {
  it('with none, only the empty live region is there', () => {
    const panel = findOne(render(<ImportPanel />), attr('data-testid', 'import-panel'));
    expect(findAll(panel, tag('fieldset'))).toEqual([]);
    const live = findOne(panel, attr('data-testid', 'import-question-live'));
    expect(live.attrs['aria-live']).toBe('polite');
    expect(hasClass('visually-hidden')(live)).toBe(true);
    expect(text(live)).toBe('');
  });

  it('is first in “Your files”, right under its heading, named by its legend and focusable by script', () => {
    csvQuestion();
    const panel = findOne(render(<ImportPanel />), attr('data-testid', 'import-panel'));
    expect(order(panel).slice(0, 4)).toEqual(['h2', 'import-csv', 'import-question-live', 'import-privacy']);
    // The heading takes the focus back once the question is answered: by script only, not by Tab.
    expect(findOne(panel, tag('h2')).attrs.tabindex).toBe('-1');
    const q = findOne(panel, attr('data-testid', 'import-csv'));
    expect(q.tag).toBe('fieldset');
    expect(q.attrs.tabindex).toBe('-1');
    expect(text(findOne(q, tag('legend')))).toBe(
      'Cột toạ độ của “diem <b>.csv”: kinh độ = b, vĩ độ = a. Đúng không?',
    );
    expect(findAll(q, tag('button')).map(text)).toEqual(['Đúng, giữ lớp', 'Đổi kinh độ và vĩ độ', 'Thôi']);
  });

  it("writes the size question's megabytes in the page's format (435,7 in Vietnamese, not 435.7)", () => {
    useLanguage.setState({ lang: 'vi' });
    useImportQuestion.setState({
      question: { kind: 'large', file: new Blob([]), name: 'thua.fgb', size: 435.7, limit: 100 },
    });
    const legend = text(
      findOne(findOne(render(<ImportPanel />), attr('data-testid', 'import-large')), tag('legend')),
    );
    expect(legend).toContain('lớn 435,7 MB, quá giới hạn 100 MB');
    useLanguage.setState({ lang: 'en' });
    const en = text(
      findOne(findOne(render(<ImportPanel />), attr('data-testid', 'import-large')), tag('legend')),
    );
    expect(en).toContain('is 435.7 MB, over the 100 MB limit');
  });

  it('speaks English too, for the size question and the coordinate system question', () => {
    useLanguage.setState({ lang: 'en' });
    useImportQuestion.setState({
      question: { kind: 'large', file: new Blob([]), name: 'big.geojson', size: 150, limit: 100 },
    });
    let q = findOne(render(<ImportPanel />), attr('data-testid', 'import-large'));
    expect(q.attrs.tabindex).toBe('-1');
    expect(text(findOne(q, tag('legend')))).toContain('big.geojson');
    useImportQuestion.setState({
      question: {
        kind: 'crs',
        result: {
          ...result(undefined),
          fileName: 'vn2000.geojson',
          crsQuestion: { choices: ['vn2000-tm3-10545'] },
        } as unknown as ImportResult,
      },
    });
    q = findOne(render(<ImportPanel />), attr('data-testid', 'import-crs'));
    expect(text(findOne(q, tag('legend')))).toContain('“vn2000.geojson”');
    expect(text(findOne(q, tag('legend')))).not.toMatch(/[ạđ]/);
  });
});
