import type { ReactNode } from 'react';
import { toWebUrl } from '../lib/web-url.ts';

export interface ExternalLinkProps {
  /** Any address from the data; only http(s) becomes a link. */
  url: string | null;
  /** What to show when the address is missing or not a web address. */
  fallback: ReactNode;
  className?: string;
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A link out of the app: opened in a new tab that gets no handle on this page
 * (`noopener`) and no referrer, and says so to screen readers. Anything but http(s) is shown as `fallback`, never linked.
 */
export function ExternalLink({ url, fallback, children, ...rest }: ExternalLinkProps) {
  const href = toWebUrl(url);
  if (href === null) return <>{fallback}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
