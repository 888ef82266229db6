// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdateStore } from './app-update-store.ts';
import { UpdatePrompt } from './update-prompt.tsx';

const region = () => screen.getByRole('status', { name: 'App update' });

afterEach(() => {
  cleanup();
  useAppUpdateStore.setState({ applyUpdate: null });
});

describe('UpdatePrompt', () => {
  it('keeps an empty live region until a newer version waits', () => {
    render(<UpdatePrompt />);
    expect(region().textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers Reload and Later when a newer version waits', () => {
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.getState().offerUpdate(async () => {}));
    expect(region().textContent).toContain('A newer version of the timeline is available.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Later' })).toBeTruthy();
  });

  it('Reload applies the update once and says it is reloading', () => {
    const apply = vi.fn(async () => {});
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.getState().offerUpdate(apply));
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    const busy = screen.getByRole('button', { name: 'Reloading…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    fireEvent.click(busy);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('Later hides the offer without applying it', () => {
    const apply = vi.fn(async () => {});
    render(<UpdatePrompt />);
    act(() => useAppUpdateStore.getState().offerUpdate(apply));
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(region().textContent).toBe('');
    expect(apply).not.toHaveBeenCalled();
  });
});
