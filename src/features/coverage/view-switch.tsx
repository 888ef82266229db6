import { useUiStore } from '../../stores/ui-store.ts';
import type { MainView } from '../../stores/view-state.ts';
import './view-switch.css';

const VIEWS: readonly { id: MainView; label: string }[] = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'coverage', label: 'Coverage' },
];

/** The switch's button for `view`, for moving the focus there when a view goes away. */
export function viewButtonDomId(view: MainView): string {
  return `view-switch-${view}`;
}

/** Timeline or coverage matrix: the main view beside the filters and the detail pane. */
export function ViewSwitch() {
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);

  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          id={viewButtonDomId(id)}
          type="button"
          aria-pressed={view === id}
          onClick={() => setView(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
