// Where the keyboard focus goes when an import asks a question (a large file, a CSV's columns, a
// projected file's coordinate system). A large CSV asks only once it is drawn, seconds after the
// drop, so the question used to appear unannounced at the end of "Your files", under the whole
// layer list, and was easily missed. Now it is the first thing of "Your files" and takes the
// focus (which scrolls it into view and makes a screen reader read it), unless the user is typing
// in a field elsewhere (a filter, the search): taking the focus from there would send their next
// keys to the question's buttons. Then the question is announced through the panel's polite live
// region instead, and stays first in "Your files" for when they are done.

/** The little of a DOM element the choice reads (tests pass plain objects). */
export interface FocusedElement {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Input types a user types into: taking the focus from them would take keystrokes. */
const TYPED = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', 'date', 'time']);

/** True for a field the user types into: a textarea, a select, a text-like input, editable text. */
export function isTypingField(el: FocusedElement): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true) return true;
  return tag === 'INPUT' && TYPED.has((el.type ?? 'text').toLowerCase());
}

/**
 * What a question that just appeared does: 'focus' (take the focus) when nothing has it (the body:
 * a drop on the map, or the progress bar's Cancel that just went away), when it is in the import
 * panel (`inPanel`), or on anything the user does not type into; 'announce' (the live region only)
 * when a typing field elsewhere has it.
 */
export function questionArrival(active: FocusedElement | null, inPanel: boolean): 'focus' | 'announce' {
  if (!active || inPanel) return 'focus';
  return isTypingField(active) ? 'announce' : 'focus';
}

/**
 * Whether the focus should go to "Your files"' heading once a question went: only when the focus
 * was in it (`wasInside`) and nothing has it now (`active` null: the pressed button went with the
 * question, so the next Tab would start again at the top of the page).
 */
export function focusAfterAnswer(wasInside: boolean, active: FocusedElement | null): boolean {
  return wasInside && active === null;
}

/** Focuses the import question on screen (after the side panel was unfolded to show it). */
export function focusQuestion(root: ParentNode = document): void {
  root.querySelector<HTMLElement>('fieldset.import-question')?.focus();
}
