import { useSyncExternalStore } from 'react';
import { safeStorage } from './lang.ts';

export const DISPLAY_MODES = ['hi', 'en', 'both'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];
const STORAGE_KEY = 'bhent.display';
const DEFAULT_MODE: DisplayMode = 'both';
const listeners = new Set<() => void>();

function read(): DisplayMode {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  return (DISPLAY_MODES as readonly string[]).includes(stored ?? '') ? (stored as DisplayMode) : DEFAULT_MODE;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key === STORAGE_KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setDisplayMode(mode: DisplayMode): void {
  safeStorage()?.setItem(STORAGE_KEY, mode);
  for (const listener of listeners) listener();
}

/** Which language(s) statements show in: a remembered reading preference. */
export function useDisplayMode(): DisplayMode {
  return useSyncExternalStore(subscribe, read, () => DEFAULT_MODE);
}
