// Imported on its own by src/main.tsx so that React DOM is evaluated in a task of its own.
export { hydrateRoot } from 'react-dom/client';
