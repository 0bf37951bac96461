import { useEffect, useState } from 'react';
import { nextTask } from '../../shared/tasks.ts';

/**
 * How many of `count` pieces to show: none at first, then one more in each
 * new task, so the work of drawing them never holds a slow phone for long.
 */
export function useStages(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(
    function showNext() {
      if (shown >= count) return;
      let live = true;
      void nextTask().then(() => {
        if (live) setShown((n) => n + 1);
      });
      return () => {
        live = false;
      };
    },
    [shown, count],
  );
  return Math.min(shown, count);
}
