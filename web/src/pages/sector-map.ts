/**
 * The southwest border by Border Patrol sector: encounters in one fiscal year (the
 * latest complete one up to the page's "to" year) as circles at each sector's
 * headquarters, over the states of Mexico (from the store) and the US (us-atlas).
 */
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import statesUrl from 'us-atlas/states-10m.json?url';
import { api } from '../api';
import { frame } from '../charts/frame';
import { declutterLabels, sectorMap } from '../charts/maps';
import { tipText } from '../charts/plot';
import { periodText } from '../format';
import { t } from '../i18n';
import type { Lang } from '../types';
import { provenanceOf, rowsTable } from './common';
import { shortSector } from './sector-name';

type Topology = Parameters<typeof feature>[0];

let usStates: Promise<FeatureCollection> | undefined;

function loadUsStates(): Promise<FeatureCollection> {
  usStates ??= fetch(statesUrl)
    .then((r) => r.json() as Promise<Topology>)
    .then((topo) => feature(topo, topo.objects.states) as unknown as FeatureCollection);
  return usStates;
}

/** `chosen`: the citizenship the page's other chart shows, if one; the map counts every citizenship and says so. */
export async function drawSectorMap(root: HTMLElement, lang: Lang, to: string, chosen?: string): Promise<void> {
  const f = frame(root, 'us-sector-map', lang, t(lang, 'us.mapTitle', { period: '…' }));
  try {
    const [answer, places, mexico, us] = await Promise.all([
      api.series({ measure: 'encounters', where: { geography: 'US-SWB', component: 'USBP' }, by: ['geography'], grain: 'fy', ...(to ? { to: `FY${to}` } : {}) }, lang),
      api.places({ level: 'sector', parent: 'US-SWB' }),
      api.shapes(),
      loadUsStates(),
    ]);
    const complete = answer.rows.filter((r) => r.complete && r.value !== null);
    const period = complete.map((r) => r.period).sort().at(-1);
    const rows = complete.filter((r) => r.period === period);
    const sectors = rows.flatMap((r) => {
      const place = places.find((p) => p.code === r.keys.geography?.code);
      if (!place || place.lat === null || place.lon === null) return [];
      const name = shortSector(r.keys.geography!.label);
      return [{ code: place.code, name, lat: place.lat, lon: place.lon, value: r.value!, title: tipText(r.keys.geography!.label, r, lang, answer.provenance.measure.unit) }];
    });
    f.el.querySelector('h3')!.textContent = t(lang, 'us.mapTitle', { period: period ? periodText(period, 'fy', lang) : '–' });
    f.fill({
      plots: sectors.length ? [sectorMap(mexico, us, sectors, { width: Math.min(f.width(), 1000), lang })] : [],
      notes: [...(chosen ? [t(lang, 'us.mapAllCitizenships', { cit: chosen })] : []), answer.provenance.measure.note, t(lang, 'us.mapNote')],
      latest: { grain: 'fy' },
      provenance: [provenanceOf(answer, rows)],
      extraSources: [{ label: 'U.S. Census Bureau, cartographic boundaries (us-atlas 3.0.1)', url: 'https://github.com/topojson/us-atlas' }],
      table: rowsTable(rows, [
        { name: 'lat', value: (r) => places.find((p) => p.code === r.keys.geography?.code)?.lat ?? null },
        { name: 'lon', value: (r) => places.find((p) => p.code === r.keys.geography?.code)?.lon ?? null },
      ]),
    });
    declutterLabels(f.el);
  } catch (e) {
    f.fail(e);
  }
}
