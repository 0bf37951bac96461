import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { setDataSource } from '../../src/app/data.ts';
import { routes } from '../../src/app/routes.tsx';
import { createI18n } from '../../src/shared/i18n.ts';
import { resources } from '../../src/shared/locales.ts';
import { siteSource } from './site-data.ts';

/** The seed's report, as its pages' addresses name it. */
export const SEED_REPORT = '2025-08-31-xi-tianjin-meetings';

/** Renders the app's real route table at `path`, as a reader arriving there, with the data files of `folder`. */
export function renderRoute(path: string, folder = 'seeds') {
  setDataSource(siteSource(folder));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={createI18n(undefined, resources)}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router };
}
