import { PackButton } from '../packs/pack-button.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { ExportMenu } from './export-menu.tsx';
import { PresentButton } from './present-button.tsx';
import './briefing.css';

/** The briefing officer's actions: present, the pack, export, share. */
export function BriefingToolbar() {
  return (
    <div className="briefing-toolbar" role="toolbar" aria-label="Briefing">
      <PresentButton />
      <PackButton />
      <ExportMenu />
      <CopyLinkButton />
    </div>
  );
}
