import { Component, type ErrorInfo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './error-boundary.css';

export interface ErrorBoundaryProps {
  /**
   * What this boundary guards, as a reader would name it: "The timeline". Absent for the
   * top-level boundary, whose message covers the whole app.
   */
  area?: string;
  /** The region's own class, so the message takes its place in the layout. */
  className?: string;
  /** An overlay's message goes over the page, not into a region hidden under it. */
  overlay?: boolean;
  /** One more way out, beside Try again and Reload (e.g. "Leave presentation"). */
  action?: { label: string; onClick: () => void };
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Shows what failed instead of a blank page, and lets the reader try again (re-render
 * the part that failed) or reload. Region boundaries keep a failure in one part of the
 * app from taking down the rest.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Render error in ${this.props.area ?? 'the app'}`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { area, className, overlay, action } = this.props;
    const message = (
      <RenderErrorMessage
        area={area}
        error={error}
        onTryAgain={() => this.setState({ error: null })}
        action={action}
        autoFocus={overlay === true}
      />
    );
    if (overlay) {
      return createPortal(
        <div className="render-error-overlay" role="dialog" aria-modal="true" aria-label={area}>
          {message}
        </div>,
        document.body,
      );
    }
    if (!area) return <main className="load-state">{message}</main>;
    return (
      <section className={`render-error-region ${className ?? ''}`} aria-label={area}>
        {message}
      </section>
    );
  }
}

function RenderErrorMessage({
  area,
  error,
  onTryAgain,
  action,
  autoFocus,
}: {
  area: string | undefined;
  error: Error;
  onTryAgain: () => void;
  action: ErrorBoundaryProps['action'];
  autoFocus: boolean;
}) {
  const Heading = area ? 'h2' : 'h1';
  const what =
    error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return (
    <div role="alert" className="load-error render-error">
      <Heading>
        {area ? `${area} could not be shown` : 'Something went wrong while showing the app'}
      </Heading>
      <p>
        What failed: <span className="render-error-what">{what || 'an unknown error'}</span>
      </p>
      <p>
        {area
          ? 'The rest of the page still works. Try again, or reload the page.'
          : 'Try again, or reload the page.'}
      </p>
      <div className="render-error-actions">
        <button type="button" onClick={onTryAgain} autoFocus={autoFocus}>
          Try again
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
        {action ? (
          <button type="button" onClick={action.onClick}>
            {action.label}
          </button>
        ) : null}
      </div>
    </div>
  );
}
