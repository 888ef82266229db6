// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleUpdateChecks } from './schedule-update-checks.ts';

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
}

const HOUR = 60 * 60 * 1000;
let stop = () => {};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('scheduleUpdateChecks', () => {
  it('checks for a new version once per interval while online', () => {
    const registration = { update: vi.fn(() => Promise.resolve(undefined as never)) };
    stop = scheduleUpdateChecks(registration, HOUR);
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(HOUR - 1);
    expect(registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(registration.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * HOUR);
    expect(registration.update).toHaveBeenCalledTimes(3);
  });

  it('skips checks while offline and checks as soon as the network returns', () => {
    const registration = { update: vi.fn(() => Promise.resolve(undefined as never)) };
    stop = scheduleUpdateChecks(registration, HOUR);
    setOnline(false);
    vi.advanceTimersByTime(3 * HOUR);
    expect(registration.update).not.toHaveBeenCalled();
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    expect(registration.update).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed check and stops when asked', async () => {
    const registration = { update: vi.fn(() => Promise.reject(new Error('network'))) };
    stop = scheduleUpdateChecks(registration, HOUR);
    vi.advanceTimersByTime(HOUR);
    await Promise.resolve();
    expect(registration.update).toHaveBeenCalledTimes(1);
    stop();
    vi.advanceTimersByTime(5 * HOUR);
    window.dispatchEvent(new Event('online'));
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});
