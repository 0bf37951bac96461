import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { routes } from '../../src/app/routes.tsx';
import { createI18n } from '../../src/shared/i18n.ts';

/** Renders the app's real route table at `path`, as a reader arriving there. */
export function renderRoute(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={createI18n()}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router };
}
