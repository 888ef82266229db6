import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH, type Pack } from '../../briefing/pack.ts';
import { usePackStore } from '../../briefing/pack-store.ts';
import { selectIndex } from '../../dataset/selectors.ts';
import type { TimelineEvent } from '../../dataset/schema.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { EmptyPackHint } from './empty-pack-hint.tsx';
import { keyboardMoveTarget, moveAnnouncement, storedMoveIndex } from './reorder.ts';
import { usePointerReorder, type DragHandleProps, type DragState } from './use-pointer-reorder.ts';

/** Which control had the focus when an item moved, so the focus can follow it. */
type Control = 'item' | 'up' | 'down' | 'remove';

/**
 * The pack's events in order, each with its speaker note. Reorder with Move up / Move down,
 * Alt+↑ / Alt+↓ on a focused item, or by dragging the handle; the focus follows the moved
 * item and a live region says where it went.
 */
export function PackItemList({ pack }: { pack: Pack }) {
  const dataset = useLoadedDataset();
  const { eventsById } = selectIndex(dataset);
  const moveItem = usePackStore((s) => s.moveItem);
  const setNote = usePackStore((s) => s.setNote);
  const toggleStar = usePackStore((s) => s.toggleStar);
  const [announcement, setAnnouncement] = useState('');
  const section = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  /** Where the focus goes once the store has changed: an item's control, or the section. */
  const pendingFocus = useRef<{ eventId: string; control: Control } | 'section' | null>(null);
  const hintId = useId();

  // Events the dataset no longer has stay in the pack but are not shown.
  const shown = pack.items.flatMap((item) => {
    const event = eventsById.get(item.eventId);
    return event ? [{ note: item.note, event }] : [];
  });
  const shownIds = shown.map((s) => s.event.id);

  const move = (eventId: string, to: number, control: Control) => {
    const storedIds = pack.items.map((i) => i.eventId);
    moveItem(eventId, storedMoveIndex(storedIds, shownIds, eventId, to));
    pendingFocus.current = { eventId, control };
    setAnnouncement(moveAnnouncement(eventsById.get(eventId)!.title, to, shown.length));
  };

  const remove = (index: number) => {
    const { event } = shown[index]!;
    const neighbour = shown[index + 1] ?? shown[index - 1];
    toggleStar(event.id);
    pendingFocus.current = neighbour ? { eventId: neighbour.event.id, control: 'item' } : 'section';
    setAnnouncement(`Removed “${event.title}” from the pack`);
  };

  const { drag, handleProps } = usePointerReorder(list, (eventId, to) => move(eventId, to, 'item'));

  // After a move the item's node has moved: put the focus back where the reader had it.
  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if (pending === 'section') {
      section.current?.focus();
      return;
    }
    const item = list.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(pending.eventId)}"]`,
    );
    const control = item?.querySelector<HTMLButtonElement>(`[data-control="${pending.control}"]`);
    (control && !control.disabled ? control : item)?.focus();
  }, [pack.items]);

  const onItemKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return;
    const to = keyboardMoveTarget(e, index, shown.length);
    if (to === null) return;
    e.preventDefault();
    const control = (e.target as HTMLElement).dataset.control as Control | undefined;
    move(shown[index]!.event.id, to, control ?? 'item');
  };

  return (
    <section ref={section} className="pack-items" aria-label="Events in the pack" tabIndex={-1}>
      {shown.length === 0 ? (
        <EmptyPackHint />
      ) : (
        <>
          <p id={hintId} className="pack-hint">
            Reorder with the arrows, by dragging <span aria-hidden="true">⠿</span>
            <span className="visually-hidden">the handle</span>, or with <kbd>Alt</kbd>+<kbd>↑</kbd>{' '}
            / <kbd>Alt</kbd>+<kbd>↓</kbd> on a focused item.
          </p>
          <ol ref={list} className="pack-item-list" aria-label="Pack items">
            {shown.map(({ event, note }, index) => (
              <PackItem
                key={event.id}
                event={event}
                note={note}
                index={index}
                count={shown.length}
                hintId={hintId}
                dropMark={dropMark(drag, shownIds, event.id)}
                onKeyDown={(e) => onItemKeyDown(e, index)}
                onMove={(to, control) => move(event.id, to, control)}
                onRemove={() => remove(index)}
                onNote={(text) => setNote(event.id, text)}
                handleProps={handleProps(event.id, index)}
              />
            ))}
          </ol>
        </>
      )}
      {/* Always in the DOM, so screen readers announce what appears in it. */}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

interface PackItemProps {
  event: TimelineEvent;
  note: string;
  index: number;
  count: number;
  /** The reordering hint, read when an item gets the focus. */
  hintId: string;
  dropMark: DropMark;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  onMove: (to: number, control: Control) => void;
  onRemove: () => void;
  onNote: (text: string) => void;
  handleProps: DragHandleProps;
}

function PackItem({
  event,
  note,
  index,
  count,
  hintId,
  dropMark,
  onKeyDown,
  onMove,
  onRemove,
  onNote,
  handleProps,
}: PackItemProps) {
  const titleId = `pack-item-title-${event.id}`;
  return (
    <li
      data-event-id={event.id}
      className={`pack-item${dropMark ? ` ${dropMark}` : ''}`}
      tabIndex={0}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
    >
      <span
        className="pack-item-handle"
        aria-hidden="true"
        title="Drag to reorder"
        {...handleProps}
      >
        ⠿
      </span>
      <div className="pack-item-main">
        <p className="pack-item-date">
          <span className="pack-item-position">{index + 1}.</span> {formatEventDate(event.date)}
          {event.status === 'expected' ? ' · expected' : ''}
        </p>
        <h3 id={titleId} className="pack-item-title">
          {event.title}
        </h3>
        <label className="pack-note">
          <span className="pack-field-label">
            Speaker note<span className="visually-hidden"> for “{event.title}”</span>
          </span>
          <textarea
            value={note}
            rows={2}
            maxLength={MAX_NOTE_LENGTH}
            onChange={(e) => onNote(e.target.value)}
          />
        </label>
      </div>
      <div className="pack-item-actions">
        <button
          type="button"
          data-control="up"
          aria-label={`Move up: ${event.title}`}
          title="Move up"
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          data-control="down"
          aria-label={`Move down: ${event.title}`}
          title="Move down"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          data-control="remove"
          aria-label={`Remove: ${event.title}`}
          title="Remove from the pack"
          onClick={onRemove}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </li>
  );
}

type DropMark = 'is-dragged' | 'drop-before' | 'drop-after' | null;

/** How an item looks while another is dragged: a line where the dragged one would land. */
function dropMark(drag: DragState | null, shownIds: readonly string[], eventId: string): DropMark {
  if (!drag) return null;
  if (eventId === drag.eventId) return 'is-dragged';
  if (drag.to === drag.from) return null;
  const others = shownIds.filter((id) => id !== drag.eventId);
  if (others[drag.to] === eventId) return 'drop-before';
  if (drag.to === others.length && others.at(-1) === eventId) return 'drop-after';
  return null;
}
