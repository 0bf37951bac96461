// React 19 has useSyncExternalStore: the strings' binding (react-i18next) takes React's own instead of the shim for older Reacts.
export { useSyncExternalStore } from 'react';
