// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineIndicator } from './offline-indicator.tsx';

function goOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

const status = () => screen.getByRole('status', { name: 'Network status' });

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('OfflineIndicator', () => {
  it('says nothing while online', () => {
    render(<OfflineIndicator />);
    expect(status().textContent).toBe('');
  });

  it('shows "Offline" when the connection drops and hides it when it returns', () => {
    render(<OfflineIndicator />);
    goOnline(false);
    expect(status().textContent).toBe('Offline');
    goOnline(true);
    expect(status().textContent).toBe('');
  });
});
