import { encodePack, type Pack } from '../../briefing/pack.ts';

/** A link that opens the app on `pack` alone: `<page>?pack=<code>`, nothing else of the view. */
export function packLink(pack: Pack, page: { origin: string; pathname: string }): string {
  return `${page.origin}${page.pathname}?pack=${encodePack(pack)}`;
}
