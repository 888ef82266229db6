import { useEffect, useId, useRef, useState } from 'react';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useLoadBriefing } from '../../briefing/use-briefing.ts';
import { useExportOptionsStore } from '../../stores/export-options.ts';
import type { ExportFormat } from './export-format.ts';

/** "Export" disclosure: one button per format, for the briefing in effect. */
export function ExportMenu({ formats }: { formats: readonly ExportFormat[] }) {
  const dataset = useLoadedDataset();
  const loadBriefing = useLoadBriefing();
  const coverageAppendix = useExportOptionsStore((s) => s.coverageAppendix);
  const setCoverageAppendix = useExportOptionsStore((s) => s.setCoverageAppendix);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const run = async (format: ExportFormat) => {
    setOpen(false);
    setStatus(`Preparing ${format.label}…`);
    try {
      await format.run(await loadBriefing(), dataset, { coverageAppendix });
      setStatus(`${format.label} ready`);
    } catch (error) {
      setStatus(
        `${format.label} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        disabled={formats.length === 0}
      >
        Export
      </button>
      <div id={menuId} className="export-menu-popup" hidden={!open}>
        <ul className="export-menu-list" aria-label="Export formats">
          {formats.map((format) => (
            <li key={format.id}>
              <button type="button" onClick={() => void run(format)}>
                {format.label}
              </button>
            </li>
          ))}
        </ul>
        <label className="export-menu-option">
          <input
            type="checkbox"
            checked={coverageAppendix}
            onChange={(e) => setCoverageAppendix(e.target.checked)}
          />
          Add a coverage appendix (Markdown, print, PDF)
        </label>
      </div>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
