import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';

/** What a prerender collects for the document's <head> while rendering. */
export interface Head {
  title?: string;
}

type Collect = (title: string) => void;
const HeadContext = createContext<Collect | null>(null);

/** Prerender only: pages report their title to `onTitle` as they render. */
export function HeadCollector({ onTitle, children }: { onTitle: Collect; children: ReactNode }) {
  return <HeadContext.Provider value={onTitle}>{children}</HeadContext.Provider>;
}

// The title last set in the browser, for the route-change announcement.
let currentTitle = '';
const titleListeners = new Set<() => void>();

/** Sets the document title: in the browser after render, in a prerender into the collector. */
export function DocumentTitle({ title }: { title: string }) {
  const collect = useContext(HeadContext);
  collect?.(title);
  useEffect(
    function setTitle() {
      document.title = title;
      currentTitle = title;
      for (const listener of titleListeners) listener();
    },
    [title],
  );
  return null;
}

/** The page's title as the browser shows it; empty in a prerender. */
export function useDocumentTitle(): string {
  return useSyncExternalStore(
    (listener) => {
      titleListeners.add(listener);
      return () => titleListeners.delete(listener);
    },
    () => currentTitle,
    () => '',
  );
}
