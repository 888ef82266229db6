import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('says bytes, KB and MB as a reader would', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(88_789)).toBe('87 KB');
    expect(formatBytes(1_048_576)).toBe('1.0 MB');
    expect(formatBytes(25 * 1_048_576)).toBe('25 MB');
  });
});
