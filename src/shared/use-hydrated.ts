import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** False in a prerender and while hydrating it; true once the browser owns the page. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
