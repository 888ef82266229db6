export interface FilterOption {
  id: string;
  label: string;
  colour: string;
  /** Shown small after the label, e.g. the outlet's country. */
  detail?: string | undefined;
  /** Events this option has under the other filters. */
  count: number;
}

/**
 * A set of toggles with Show all / Hide all and "only this one". The visible words start the
 * buttons' names ("Hide all outlets"), so speech control finds them by what it sees.
 */
export function FilterGroup({
  legend,
  noun,
  options,
  hidden,
  onToggle,
  onOnly,
  onAll,
  onNone,
}: {
  legend: string;
  noun: string;
  options: FilterOption[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
  onOnly: (id: string) => void;
  onAll: () => void;
  onNone: () => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="filter-bulk">
        <button
          type="button"
          onClick={onAll}
          aria-label={`Show all ${noun}`}
          disabled={hidden.length === 0}
        >
          Show all
        </button>
        <button
          type="button"
          onClick={onNone}
          aria-label={`Hide all ${noun}`}
          disabled={hidden.length === options.length}
        >
          Hide all
        </button>
      </div>
      <ul>
        {options.map((option) => {
          const checked = !hidden.includes(option.id);
          return (
            <li key={option.id} className={checked ? undefined : 'is-off'}>
              <label>
                <input type="checkbox" checked={checked} onChange={() => onToggle(option.id)} />
                <span
                  className="swatch"
                  style={{ backgroundColor: option.colour }}
                  aria-hidden="true"
                />
                <span className="filter-label">
                  {option.label}
                  {option.detail ? <span className="filter-detail"> {option.detail}</span> : null}
                </span>
                <span className="filter-count">
                  <span className="visually-hidden">, </span>
                  {option.count}
                  <span className="visually-hidden">
                    {' '}
                    {option.count === 1 ? 'event' : 'events'}
                  </span>
                </span>
              </label>
              <button
                type="button"
                className="filter-only"
                onClick={() => onOnly(option.id)}
                aria-label={`Only ${option.label}`}
              >
                only
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
