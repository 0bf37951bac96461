import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { articles } from 'virtual:bhent/articles';

function App() {
  const latest = articles[0];
  if (!latest) return <p>No report loaded.</p>;
  return (
    <main>
      <h1 lang="hi">{latest.headline.hi}</h1>
      <p lang="en">{latest.headline.en}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
