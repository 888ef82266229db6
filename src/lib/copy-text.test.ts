// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text.ts';

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

function setExecCommand(impl: ((command: string) => boolean) | undefined) {
  Object.defineProperty(document, 'execCommand', { value: impl, configurable: true });
}

afterEach(() => {
  setClipboard(undefined);
  setExecCommand(undefined);
  document.body.innerHTML = '';
});

describe('copyText', () => {
  it('uses the Clipboard API when it is there', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    await expect(copyText('hello')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to execCommand when the Clipboard API refuses', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    let selected = '';
    setExecCommand((command) => {
      selected = (document.activeElement as HTMLTextAreaElement).value;
      return command === 'copy';
    });
    await expect(copyText('hello')).resolves.toBe(true);
    expect(selected).toBe('hello');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('gives the focus back after the fallback', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    setExecCommand(() => true);
    await copyText('hello');
    expect(document.activeElement).toBe(button);
  });

  it('reports failure when neither route works', async () => {
    setExecCommand(() => false);
    await expect(copyText('hello')).resolves.toBe(false);
    setExecCommand(() => {
      throw new Error('not allowed');
    });
    await expect(copyText('hello')).resolves.toBe(false);
    setExecCommand(undefined);
    await expect(copyText('hello')).resolves.toBe(false);
  });
});
