import { describe, expect, it } from 'vitest';
import { toWebUrl, webUrlHost } from './web-url.ts';

describe('toWebUrl', () => {
  it('keeps http and https addresses exactly as written', () => {
    expect(toWebUrl('https://uninvitedpress.com/?p=3643')).toBe(
      'https://uninvitedpress.com/?p=3643',
    );
    expect(toWebUrl('http://example.org')).toBe('http://example.org');
  });

  it('refuses other protocols, junk and null', () => {
    expect(toWebUrl('javascript:alert(1)')).toBeNull();
    expect(toWebUrl('JavaScript:alert(1)')).toBeNull();
    expect(toWebUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(toWebUrl('ftp://example.org/file')).toBeNull();
    expect(toWebUrl('not a url')).toBeNull();
    expect(toWebUrl(null)).toBeNull();
  });
});

describe('webUrlHost', () => {
  it('gives the site without www', () => {
    expect(webUrlHost('https://www.ndtv.com/world-news/x')).toBe('ndtv.com');
    expect(webUrlHost('https://downthenews.com/?p=5448347')).toBe('downthenews.com');
  });
});
