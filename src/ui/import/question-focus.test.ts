// Whether an import's question takes the focus when it appears: yes from nothing (a drop on the
// map, a Cancel button that went away), from the import panel and from anything not typed into; no
// from a field the user types into elsewhere (then the live region announces it).
import { describe, expect, it } from 'vitest';
import { focusAfterAnswer, isTypingField, questionArrival } from './question-focus';

const el = (tagName: string, more: { type?: string; isContentEditable?: boolean } = {}) => ({
  tagName,
  ...more,
});

describe('questionArrival', () => {
  it('takes the focus when nothing has it or it is in the import panel (its URL field too)', () => {
    expect(questionArrival(null, false)).toBe('focus');
    expect(questionArrival(el('INPUT', { type: 'url' }), true)).toBe('focus');
    expect(questionArrival(el('INPUT', { type: 'file' }), true)).toBe('focus');
  });

  it('takes the focus from the map, buttons, checkboxes and links elsewhere', () => {
    for (const e of [el('CANVAS'), el('BUTTON'), el('INPUT', { type: 'checkbox' }), el('A')]) {
      expect(questionArrival(e, false)).toBe('focus');
    }
    expect(questionArrival(el('INPUT', { type: 'range' }), false)).toBe('focus');
  });

  it('leaves it in a field the user types into elsewhere, and announces instead', () => {
    for (const e of [
      el('INPUT'),
      el('input', { type: 'search' }),
      el('INPUT', { type: 'NUMBER' }),
      el('TEXTAREA'),
      el('SELECT'),
      el('DIV', { isContentEditable: true }),
    ]) {
      expect(isTypingField(e)).toBe(true);
      expect(questionArrival(e, false)).toBe('announce');
    }
  });
});

describe('focusAfterAnswer', () => {
  it('moves the focus on only when it was in the question and nothing has it now', () => {
    expect(focusAfterAnswer(true, null)).toBe(true);
    expect(focusAfterAnswer(true, el('INPUT'))).toBe(false);
    expect(focusAfterAnswer(false, null)).toBe(false);
  });
});
