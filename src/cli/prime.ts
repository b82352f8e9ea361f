/**
 * The questions the dashboard's Overview asks when it opens, asked once by
 * `corridor start` as soon as the server listens, in English and Spanish, so that
 * the first visitor is answered from the server's memory instead of waiting for
 * every query at once (the store answers one query at a time). The browser test
 * checks that this list is what the Overview asks, so the two cannot drift apart.
 */
export const OVERVIEW_REQUESTS: readonly string[] = [
  '/api/sources',
  '/api/places?code=US-SWB%2CMX',
  '/api/dimensions/component',
  '/api/events',
  '/api/headline?measure=encounters&where=geography%3DUS-SWB&lang={lang}',
  '/api/headline?measure=encounters&where=geography%3DUS-SWB&where=component%3DUSBP&lang={lang}',
  '/api/headline?measure=inm-rescatados&where=geography%3DMX&lang={lang}',
  '/api/headline?measure=inm-mexicans-received&where=geography%3DMX&lang={lang}',
  '/api/series?measure=encounters&where=geography%3DUS-SWB&from=1999-10&lang={lang}',
  '/api/series?measure=encounters&where=geography%3DUS-SWB&where=component%3DUSBP&from=1999-10&lang={lang}',
  '/api/series?measure=mx-presentados&where=geography%3DMX&from=2019-01&lang={lang}',
  '/api/series?measure=inm-rescatados&where=geography%3DMX&from=2019-01&lang={lang}',
  '/api/series?measure=inm-mexicans-received&where=geography%3DMX&from=2019-01&lang={lang}',
  '/api/coverage?measure=inm-foreigners-received',
  '/api/series?measure=inm-foreigners-received&where=geography%3DMX-02%2CMX-05%2CMX-08%2CMX-26%2CMX-28&from=2019-01&lang={lang}',
  // Asked after the charts are drawn (web/src/forecast.ts): the forecast fans and their model cards.
  '/api/forecast?measure=encounters&where=geography%3DUS-SWB&horizon=12&lang={lang}',
  '/api/forecast?measure=inm-rescatados&where=geography%3DMX&horizon=12&lang={lang}',
  '/api/forecast?measure=inm-mexicans-received&where=geography%3DMX&horizon=12&lang={lang}',
];

export function overviewRequests(lang: 'en' | 'es'): string[] {
  return [...new Set(OVERVIEW_REQUESTS.map((p) => p.replace('{lang}', lang)))];
}

/** Asks the Overview's questions one after another; returns the time taken and any that failed. */
export async function primeOverview(baseUrl: string): Promise<{ seconds: number; failed: string[] }> {
  const started = performance.now();
  const failed: string[] = [];
  for (const lang of ['en', 'es'] as const) {
    for (const path of overviewRequests(lang)) {
      const res = await fetch(`${baseUrl}${path}`).catch(() => undefined);
      if (!res?.ok) failed.push(`${path}: ${res?.status ?? 'no answer'}`);
      await res?.arrayBuffer();
    }
  }
  return { seconds: (performance.now() - started) / 1000, failed };
}
