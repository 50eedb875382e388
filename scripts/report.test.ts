// What `npm start`, `build` and `test` print of a data build that passed (report.ts
// summaryText): the features per layer, the warnings' count and where the whole report is, in
// two lines instead of the report's hundred.
import { describe, expect, it } from 'vitest';
import { summaryText } from './report.ts';
import { issue } from './validate/types.ts';

describe('the data build summary', () => {
  it('names each layer with its count, counts the warnings and points at the report', () => {
    const text = summaryText(
      {
        counts: { districts: 9, parks: 36 },
        warnings: [issue('geometry', 'parks', 'vsip_1', 'a warning', 'warning')],
      },
      'data/build/report.txt',
    );
    expect(text.trimEnd().split('\n')).toEqual([
      'Data built and validated: 9 districts, 36 parks.',
      '1 warning(s); the full report is in data/build/report.txt (`npm run data` prints it).',
    ]);
  });
});
