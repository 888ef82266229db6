// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

/** A part of the page that fails to render while `failing.now` is set. */
const failing = { now: true };
function Fragile({ name }: { name: string }) {
  if (failing.now) throw new RangeError(`${name} has no such date`);
  return <p>{name} works</p>;
}

beforeEach(() => {
  failing.now = true;
  // React and the boundary both log a caught render error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('names the failed region and the error, and leaves the other regions working', () => {
    render(
      <>
        <ErrorBoundary area="The timeline" className="timeline-panel">
          <Fragile name="Timeline" />
        </ErrorBoundary>
        <ErrorBoundary area="The list of events">
          <p>List works</p>
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The timeline could not be shown');
    expect(alert.textContent).toContain('What failed: RangeError: Timeline has no such date');
    expect(screen.getByRole('region', { name: 'The timeline' }).className).toContain(
      'timeline-panel',
    );
    expect(screen.getByText('List works')).toBeTruthy();
  });

  it('renders the region again on Try again, and shows the message again if it still fails', () => {
    render(
      <ErrorBoundary area="The event details">
        <Fragile name="Details" />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toContain('The event details could not be shown');

    failing.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Details works')).toBeTruthy();
  });

  it('offers Reload and an extra way out', () => {
    const leave = vi.fn();
    render(
      <ErrorBoundary area="The presentation" overlay action={{ label: 'Leave', onClick: leave }}>
        <Fragile name="Slides" />
      </ErrorBoundary>,
    );
    // The overlay goes over the page and takes the focus.
    const dialog = screen.getByRole('dialog', { name: 'The presentation' });
    expect(dialog.parentElement).toBe(document.body);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(leave).toHaveBeenCalledOnce();
  });

  it('covers the whole app when it is the top-level boundary', () => {
    render(
      <ErrorBoundary>
        <Fragile name="App" />
      </ErrorBoundary>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong while showing the app' }),
    ).toBeTruthy();
  });
});
