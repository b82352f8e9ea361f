/** A few helpers to build DOM nodes without HTML strings (nothing is parsed, nothing inline). */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** A link that opens outside the dashboard. */
export function outLink(href: string, text: string | Node, ...more: (string | Node)[]): HTMLAnchorElement {
  return el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text, ...more);
}

/** Width available to a chart inside `container`, within sensible bounds. */
export function widthOf(container: Element, fallback = 900): number {
  const w = container.getBoundingClientRect().width;
  return Math.max(320, Math.min(1400, Math.floor(w || fallback)));
}
