// Imported on its own by src/main.tsx so that i18next is evaluated in a task of its own.
export { initReactI18next } from 'react-i18next';
