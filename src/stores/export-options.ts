import { create } from 'zustand';

/** Choices that shape the exported and printed briefing (not part of the view or URL). */
export interface ExportOptions {
  /** Add the coverage matrix (events × outlets) as an appendix to the brief and handout. */
  coverageAppendix: boolean;
}

interface ExportOptionsState extends ExportOptions {
  setCoverageAppendix: (include: boolean) => void;
}

export const useExportOptionsStore = create<ExportOptionsState>()((set) => ({
  coverageAppendix: false,
  setCoverageAppendix: (coverageAppendix) => set({ coverageAppendix }),
}));
