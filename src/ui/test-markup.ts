// Test helper (imported only by *.test.tsx): renders a React element with react-dom/server and parses
// the static markup into a small tree, so tests can query what a user and a screen reader get
// without a DOM implementation.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type * as Zustand from 'zustand';
import { createStore, type StateCreator } from 'zustand/vanilla';
import { enComplete as en, viComplete as vi } from '../i18n/complete';
import type { Language } from '../state/language';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source']);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Parses React's static markup; throws on a closing tag that does not match (malformed output). */
export function parse(html: string): El {
  const root: El = { tag: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const token =
    /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    const [, close, open, rawAttrs, selfClose, text] = m;
    if (text !== undefined) {
      top.children.push(decode(text));
    } else if (close !== undefined) {
      if (top.tag !== close) throw new Error(`</${close}> closes <${top.tag}>`);
      stack.pop();
    } else if (open !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (rawAttrs ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) {
        attrs[a[1]!] = decode(a[2] ?? '');
      }
      const el: El = { tag: open, attrs, children: [] };
      top.children.push(el);
      if (!selfClose && !VOID.has(open)) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.tag}>`);
  return root;
}

export const render = (element: ReactElement): El => parse(renderToStaticMarkup(element));

export function findAll(root: El, pred: (el: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** The one element matching `pred`; throws when there are none or several. */
export function findOne(root: El, pred: (el: El) => boolean): El {
  const all = findAll(root, pred);
  if (all.length !== 1) throw new Error(`expected one match, found ${all.length}`);
  return all[0]!;
}

export const tag = (name: string) => (el: El) => el.tag === name;
export const attr = (name: string, value?: string) => (el: El) =>
  value === undefined ? name in el.attrs : el.attrs[name] === value;
export const hasClass = (name: string) => (el: El) => (el.attrs.class ?? '').split(/\s+/).includes(name);

/** Text content, as a screen reader would get it: subtrees marked aria-hidden are skipped. */
export function text(el: El): string {
  if (el.attrs['aria-hidden'] === 'true') return '';
  return el.children.map((c) => (typeof c === 'string' ? c : text(c))).join('');
}

/** Buttons and form inputs: everything a user can operate. */
export const controls = (root: El): El[] =>
  findAll(root, (el) => el.tag === 'button' || el.tag === 'input' || el.tag === 'select');

/**
 * A control's accessible name as far as static markup tells: aria-label, else its text (a label
 * around an input is not resolved; callers pass inputs' labels themselves).
 */
export const accessibleName = (el: El): string => el.attrs['aria-label'] ?? text(el).trim();

/**
 * WCAG 2.5.3 (axe label-content-name-mismatch): the visible text, when there is any, is part of the
 * accessible name, so a user saying or seeing "Tìm KCN" reaches the button named so.
 */
export const nameContainsText = (el: El): boolean =>
  accessibleName(el).toLocaleLowerCase().includes(text(el).trim().toLocaleLowerCase());

export const TABLES = { vi, en } as const;
export const LANGS: Language[] = ['vi', 'en'];

/**
 * zustand's hooks give react-dom/server the store's *initial* state (its server snapshot), so a
 * server render would ignore every `setState` a test makes. Each test file mocks 'zustand' with this
 * (`vi.mock('zustand', async (orig) => (await import('./test-markup')).ssrZustand(await orig()))`):
 * the same stores, whose server snapshot is the current state.
 */
export function ssrZustand(actual: typeof Zustand): typeof Zustand {
  const createImpl = (init: StateCreator<unknown>) => {
    const api = createStore(init);
    const current = { ...api, getInitialState: api.getState };
    const hook = (selector: (s: unknown) => unknown = (s) => s) => actual.useStore(current, selector);
    return Object.assign(hook, api);
  };
  const create = (init?: StateCreator<unknown>) => (init ? createImpl(init) : createImpl);
  return { ...actual, create: create as unknown as typeof Zustand.create };
}
