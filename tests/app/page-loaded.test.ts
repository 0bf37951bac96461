// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLoaded } from '../../src/app/boot/page-loaded.ts';

/** A browser that reports paints: `paint()` makes the first contentful one. */
function fakePaints() {
  let report: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(callback: typeof report) {
      report = callback;
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return { paint: () => report?.({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }) };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('when the app starts on a page', () => {
  it('waits, on a prerendered page, until its text has painted', async () => {
    const { paint } = fakePaints();
    history.replaceState(null, '', '/hi/');
    document.body.innerHTML = '<div id="root" data-path="/hi/"><h1>भेंट</h1></div>';
    const started = pageLoaded();
    expect(await settled(started)).toBe(false);
    paint();
    expect(await settled(started)).toBe(true);
  });

  it('does not wait for a paint on a page with nothing prerendered, which paints only once the app has run', async () => {
    fakePaints();
    document.body.innerHTML = '<div id="root"></div>';
    expect(await settled(pageLoaded())).toBe(true);
  });

  it('does not wait on the front page with filters in its address, whose HTML lists every report', async () => {
    fakePaints();
    history.replaceState(null, '', '/en/?country=in');
    document.body.innerHTML = '<div id="root" data-path="/en/"><h2>The newest 10 reports</h2></div>';
    expect(await settled(pageLoaded())).toBe(true);
  });

  it('does not wait on HTML prerendered for another address, as a static host serves its 404 page', async () => {
    fakePaints();
    history.replaceState(null, '', '/en/reports/new-one/');
    document.body.innerHTML = '<div id="root" data-path="/404/"><h1>Page not found</h1></div>';
    expect(await settled(pageLoaded())).toBe(true);
  });
});
