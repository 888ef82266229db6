import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { MAX_QUERY_LENGTH } from '../../stores/url-state.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import './search-box.css';

/** Filters events by text in titles, summaries and quotes. `/` focuses it. */
export function SearchBox() {
  const query = useUiStore((s) => s.query);
  const setQuery = useUiStore((s) => s.setQuery);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTypingTarget(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div role="search" className="search-box">
      <label htmlFor="event-search">Search</label>
      <input
        ref={input}
        id="event-search"
        type="search"
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Titles, summaries, quotes"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query) {
            e.stopPropagation();
            e.nativeEvent.stopImmediatePropagation();
            setQuery('');
          }
        }}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        /
      </kbd>
    </div>
  );
}
