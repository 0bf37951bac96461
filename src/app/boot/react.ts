// Imported on its own by src/main.tsx so that React is evaluated in a task of its own.
export { startTransition } from 'react';
