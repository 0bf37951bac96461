// Imported on its own by src/main.tsx so that the router is evaluated in a task of its own.
export { createBrowserRouter } from 'react-router';
