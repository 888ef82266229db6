import { PackButton } from '../features/packs/pack-button.tsx';
import { CopyLinkButton } from '../features/briefing/copy-link-button.tsx';
import { ExportMenu } from '../features/briefing/export-menu.tsx';
import { PresentButton } from '../features/briefing/present-button.tsx';
import { EXPORT_FORMATS } from './export-formats.ts';
import '../features/briefing/briefing.css';

/** The briefing officer's actions: present, the pack, export, share. */
export function BriefingToolbar() {
  return (
    <div className="briefing-toolbar" role="toolbar" aria-label="Briefing">
      <PresentButton />
      <PackButton />
      <ExportMenu formats={EXPORT_FORMATS} />
      <CopyLinkButton />
    </div>
  );
}
