// A tiny element builder. Text always goes through text nodes, so report text and API data are never parsed as HTML.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'className') {
      el.className = String(value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Renders a search snippet whose match is marked with 【】 as text with <mark> elements. */
export function snippet(text: string): HTMLElement {
  const span = h('span', { className: 'snippet' });
  const parts = text.split(/(【[^】]*】)/u);
  for (const part of parts) {
    if (part.startsWith('【') && part.endsWith('】')) span.appendChild(h('mark', {}, part.slice(1, -1)));
    else if (part !== '') span.appendChild(document.createTextNode(part));
  }
  return span;
}

/** Replaces an element's content; like replaceChildren, but skips the null/false of optional parts. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}
