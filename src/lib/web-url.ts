/**
 * Only http(s) addresses may become links or citations. The dataset schema already
 * rejects anything else; this is checked again where a URL meets the DOM, so a
 * `javascript:` or `data:` URL can never become clickable through this pane.
 */
export function toWebUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const { protocol } = new URL(url);
    // The original string, not the parsed `href`: a citation quotes the address exactly.
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** "ndtv.com" for "https://www.ndtv.com/…": shows readers whose site a link opens. */
export function webUrlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
