import { create } from 'zustand';

/** Activates the waiting version of the app and reloads the page into it. */
export type ApplyUpdate = () => Promise<void>;

export interface AppUpdateState {
  /** Set while a newer version waits and the reader has not said Later. */
  applyUpdate: ApplyUpdate | null;
  offerUpdate: (apply: ApplyUpdate) => void;
  dismissUpdate: () => void;
}

/** Whether a newer deployment is waiting to take over; fed by the service worker registration. */
export const useAppUpdateStore = create<AppUpdateState>()((set) => ({
  applyUpdate: null,
  offerUpdate: (apply) => set({ applyUpdate: apply }),
  dismissUpdate: () => set({ applyUpdate: null }),
}));
