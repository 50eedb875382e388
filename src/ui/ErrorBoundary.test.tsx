import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n';
import { useLanguage } from '../state/language';
import { ErrorBoundary } from './ErrorBoundary';
import { controls, findAll, findOne, LANGS, parse, render, tag, text } from './test-markup';

const initialLanguage = useLanguage.getState();
beforeEach(() => useLanguage.setState(initialLanguage, true));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Boom(): ReactElement {
  throw new Error('tile index exploded');
}

/**
 * react-dom/server has no error boundaries (the server render just fails), so the test runs React's
 * own recovery step by hand: the error the child threw goes through getDerivedStateFromError, and the
 * boundary then renders with the state that produces.
 */
function caughtBoundary(): ErrorBoundary {
  let thrown: unknown;
  try {
    renderToStaticMarkup(<Boom />);
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(Error);
  const boundary = new ErrorBoundary({ children: <Boom /> });
  boundary.state = ErrorBoundary.getDerivedStateFromError(thrown as Error);
  return boundary;
}

/** The fallback UI as markup, rendered through React. */
const fallback = () => parse(renderToStaticMarkup(caughtBoundary().render()));

describe('ErrorBoundary', () => {
  it('renders its children while nothing throws', () => {
    const root = render(
      <ErrorBoundary>
        <p>map ready</p>
      </ErrorBoundary>,
    );
    expect(text(findOne(root, tag('p')))).toBe('map ready');
    expect(findAll(root, (el) => el.attrs.role === 'alert')).toHaveLength(0);
  });

  it('shows the localized message in an alert when a child throws (Vietnamese)', () => {
    const root = fallback();
    const alert = findOne(root, (el) => el.attrs.role === 'alert');
    expect(text(findOne(alert, tag('h1')))).toBe('Ứng dụng gặp lỗi');
    expect(text(findOne(alert, tag('p')))).toBe(
      'Đã xảy ra lỗi không mong muốn khi hiển thị bản đồ. Hãy tải lại trang.',
    );
    expect(text(findOne(alert, tag('pre')))).toBe('tile index exploded');
    const button = findOne(alert, tag('button'));
    expect(button.attrs['aria-label']).toBe('Tải lại trang');
    expect(text(button)).toBe('Tải lại trang');
  });

  it('shows the localized message in English', () => {
    useLanguage.setState({ lang: 'en' });
    const alert = findOne(fallback(), (el) => el.attrs.role === 'alert');
    expect(text(findOne(alert, tag('h1')))).toBe('Something went wrong');
    expect(text(findOne(alert, tag('p')))).toBe(
      'An unexpected error stopped the map from displaying. Please reload the page.',
    );
    expect(findOne(alert, tag('button')).attrs['aria-label']).toBe('Reload page');
  });

  it('labels every button from the locale table in both languages', () => {
    for (const lang of LANGS) {
      useLanguage.setState({ lang });
      const all = controls(fallback());
      expect(all).toHaveLength(1);
      expect(all[0]!.attrs).toMatchObject({
        type: 'button',
        'aria-label': translate(lang, 'app.error.reload'),
      });
    }
  });

  it('does not render the failed children again', () => {
    // The boundary's children are <Boom />: rendering them would throw.
    expect(() => renderToStaticMarkup(caughtBoundary().render())).not.toThrow();
  });

  it('reloads the page from its button', () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const tree = caughtBoundary().render() as ReactElement<{ children: ReactElement[] }>;
    const button = tree.props.children.find((c) => c.type === 'button') as ReactElement<{
      onClick: () => void;
    }>;
    button.props.onClick();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('logs the error and the component stack for the developer tools', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Error('tile index exploded');
    new ErrorBoundary({ children: null }).componentDidCatch(error, { componentStack: '\n    at Boom' });
    expect(log).toHaveBeenCalledWith(error, '\n    at Boom');
  });
});
