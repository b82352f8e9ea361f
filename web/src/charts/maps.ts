/**
 * Maps: Mexico's states shaded by a figure (choropleth), and the US border sectors as
 * circles over the states of both countries. Shapes of Mexico come from the store
 * (/api/shapes); US states from the Census Bureau's cartographic boundaries (us-atlas).
 * d3-geo wants exterior rings clockwise: `d3Winding` makes sure they are, whatever
 * convention the source followed.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Shape, Shapes } from '../types';
import { axisNumber, clean } from './plot';

type Ring = number[][];

/** Twice the signed area in longitude–latitude (north up): positive when the ring runs clockwise. */
function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return -a;
}

function windPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) > 0;
    return (i === 0) === clockwise ? ring : [...ring].reverse();
  });
}

export function d3Winding(shape: Shape): Shape {
  const g = shape.geometry;
  const coordinates = g.type === 'Polygon' ? windPolygon(g.coordinates as Ring[]) : (g.coordinates as Ring[][]).map(windPolygon);
  return { ...shape, geometry: { type: g.type, coordinates } as Shape['geometry'] };
}

export interface MapValue {
  value: number | null;
  title: string;
}

export function choropleth(shapes: Shapes, values: Map<string, MapValue>, o: { width: number; lang: Lang; label: string; scheme?: Plot.ColorScheme }): HTMLElement {
  const features = shapes.features.map(d3Winding);
  const collection = { type: 'FeatureCollection', features } as const;
  const known = [...values.values()].map((v) => v.value).filter((v): v is number => v !== null);
  const max = Math.max(1, ...known);
  const height = Math.round(o.width * 0.62);
  const color = { type: 'sqrt', scheme: o.scheme ?? 'blues', domain: [0, max], label: o.label, tickFormat: axisNumber(o.lang) } as const;
  const map = Plot.plot({
    width: o.width,
    height,
    projection: { type: 'mercator', domain: collection, inset: 6 },
    color,
    marks: [
      Plot.geo(features, { fill: (f: Shape) => values.get(f.id)?.value ?? null, stroke: 'white', strokeWidth: 0.8 }),
      Plot.geo(features.filter((f) => !values.has(f.id) || values.get(f.id)!.value === null), { fill: '#eee', stroke: 'white', strokeWidth: 0.8 }),
      Plot.tip(
        features,
        Plot.pointer(Plot.centroid({ title: (f: Shape) => values.get(f.id)?.title ?? `${f.properties.label[o.lang]}\n${o.lang === 'es' ? 'sin cifra' : 'no figure'}` })),
      ),
    ],
  });
  const legend = rampLegend(color, max, Math.min(360, o.width - 20), o.lang);
  const wrap = document.createElement('div');
  wrap.className = 'map';
  wrap.append(clean(legend), clean(map));
  return wrap;
}

/** Ticks spread evenly along a square-root ramp, each rounded to two significant digits. */
function rampTicks(max: number): number[] {
  const round = (v: number) => {
    if (v <= 0) return 0;
    const p = 10 ** (Math.floor(Math.log10(v)) - 1);
    return Math.round(v / p) * p;
  };
  return [...new Set([0, 0.3, 0.55, 0.8].map((f) => round(max * f * f)))];
}

/**
 * A colour ramp drawn with rectangles on the map's own colour scale (Plot's ramp legend
 * paints a data: image, which the page's policy refuses).
 */
function rampLegend(color: Plot.ScaleOptions, max: number, width: number, lang: Lang): SVGSVGElement | HTMLElement {
  const steps = 64;
  const edges = Array.from({ length: steps + 1 }, (_, i) => max * (i / steps) ** 2);
  const cells = edges.slice(0, -1).map((x1, i) => ({ x1, x2: edges[i + 1], v: (x1 + edges[i + 1]) / 2 }));
  return clean(
    Plot.plot({
      width,
      height: 52,
      marginTop: 20,
      marginBottom: 20,
      marginLeft: 10,
      marginRight: 28,
      // The ramp's name sits above it, on a line of its own: beside the ticks it ran into the last one ("290,000" over "people sent back →").
      x: { type: 'sqrt', domain: [0, max], label: null, tickFormat: axisNumber(lang), ticks: rampTicks(max) },
      y: { axis: null },
      color: { ...color, label: undefined },
      marks: [
        Plot.rect(cells, { x1: 'x1', x2: 'x2', y1: 0, y2: 1, fill: 'v' }),
        Plot.text([`${color.label ?? ''} →`], { frameAnchor: 'top-left', dy: -12, textAnchor: 'start', fill: '#333', fontSize: 11, className: 'ramp-label' }),
      ],
    }),
  );
}

export interface SectorValue {
  code: string;
  name: string;
  lat: number;
  lon: number;
  value: number;
  title: string;
}

export function sectorMap(mexico: Shapes, usStates: GeoJSON.FeatureCollection, sectors: SectorValue[], o: { width: number; lang: Lang }): SVGSVGElement | HTMLElement {
  const mx = mexico.features.map(d3Winding);
  const domain = { type: 'MultiPoint', coordinates: [[-118.2, 25.6], [-96.8, 35.2]] } as const;
  return clean(
    Plot.plot({
      width: o.width,
      height: Math.round(o.width * 0.42),
      projection: { type: 'conic-equal-area', parallels: [26, 34], rotate: [106, 0], domain, inset: 10 },
      r: { range: [3, Math.max(18, o.width / 28)] },
      marks: [
        Plot.geo(usStates, { fill: '#f4f1ea', stroke: '#b9b3a6', strokeWidth: 0.7 }),
        Plot.geo(mx, { fill: '#e9efe6', stroke: '#a9b8a3', strokeWidth: 0.7 }),
        Plot.dot(sectors, { x: 'lon', y: 'lat', r: 'value', fill: '#0072B2', fillOpacity: 0.55, stroke: '#07466e', strokeWidth: 1 }),
        // Largest first, so that declutterLabels keeps the labels of the busiest sectors.
        Plot.text([...sectors].sort((a, b) => b.value - a.value), { x: 'lon', y: 'lat', text: 'name', dy: -4, lineAnchor: 'bottom', fontSize: 11, fontWeight: 600, fill: '#222', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke', className: 'sector-label' }),
        Plot.tip(sectors, Plot.pointer({ x: 'lon', y: 'lat', title: 'title' })),
      ],
    }),
  );
}

/**
 * Hides the labels that would overlap one drawn before them (Plot places text where it is
 * told and does not avoid collisions): call once the map is in the page. Labels come
 * largest sector first; a hidden label's sector keeps its circle and its tooltip.
 */
export function declutterLabels(root: Element, selector = 'g.sector-label text'): number {
  const kept: DOMRect[] = [];
  let hidden = 0;
  for (const text of root.querySelectorAll<SVGTextElement>(selector)) {
    const frame = text.ownerSVGElement?.getBoundingClientRect();
    let box = text.getBoundingClientRect();
    // A label running past the map's right or left edge is turned to end (or start) at its point.
    if (frame && box.right > frame.right) text.setAttribute('text-anchor', 'end');
    else if (frame && box.left < frame.left) text.setAttribute('text-anchor', 'start');
    box = text.getBoundingClientRect();
    const clash = kept.some((k) => box.left < k.right + 2 && box.right > k.left - 2 && box.top < k.bottom && box.bottom > k.top);
    if (clash) {
      text.setAttribute('display', 'none');
      hidden++;
    } else kept.push(box);
  }
  return hidden;
}
