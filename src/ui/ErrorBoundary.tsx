import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n';
import { useLanguage } from '../state/language';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the developer tools; the user sees the message below.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = useLanguage.getState().lang;
    return (
      <div className="fatal" role="alert">
        <h1>{translate(lang, 'app.error.title')}</h1>
        <p>{translate(lang, 'app.error.body')}</p>
        <pre>{error.message}</pre>
        <button
          type="button"
          aria-label={translate(lang, 'app.error.reload')}
          onClick={() => location.reload()}
        >
          {translate(lang, 'app.error.reload')}
        </button>
      </div>
    );
  }
}
