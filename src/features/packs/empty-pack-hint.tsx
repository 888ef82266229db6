/** What a pack is for and how to fill it, while it is empty. */
export function EmptyPackHint() {
  return (
    <div className="pack-empty">
      <p>No events in this pack yet.</p>
      <p>
        Select an event on the timeline or in the list, then press{' '}
        <strong>
          <span aria-hidden="true">☆ </span>Add to pack
        </strong>{' '}
        in its details, or press <kbd>S</kbd>. Events appear here in the order you add them, ready
        to reorder, annotate, present and share.
      </p>
    </div>
  );
}
