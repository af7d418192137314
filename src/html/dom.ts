/**
 * The small slice of the DOM this module uses. The project compiles without the `DOM` lib, so
 * linkedom's nodes are seen through these interfaces.
 */

export interface DNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DNode | null;
  readonly parentElement: DElement | null;
  readonly firstChild: DNode | null;
  readonly nextSibling: DNode | null;
  readonly childNodes: ArrayLike<DNode>;
  textContent: string | null;
  remove(): void;
}

export interface DElement extends DNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DElement>;
  readonly firstElementChild: DElement | null;
  readonly nextElementSibling: DElement | null;
  className: string;
  id: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DElement | null;
  querySelectorAll(selector: string): ArrayLike<DElement>;
  getElementsByTagName(name: string): ArrayLike<DElement>;
  appendChild(node: DNode): DNode;
  insertBefore(node: DNode, ref: DNode | null): DNode;
  replaceWith(...nodes: DNode[]): void;
}

export interface DDocument {
  readonly documentElement: DElement | null;
  readonly body: DElement | null;
  readonly head: DElement | null;
  title: string;
  querySelector(selector: string): DElement | null;
  querySelectorAll(selector: string): ArrayLike<DElement>;
  getElementsByTagName(name: string): ArrayLike<DElement>;
  createElement(name: string): DElement;
  createTextNode(text: string): DNode;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DNode): node is DElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name. */
export function tagOf(el: DElement): string {
  return el.localName || el.tagName.toLowerCase();
}

/** Children as a real array (linkedom builds the list on each access; take it once). */
export function childrenOf(node: DNode): DNode[] {
  const out: DNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function elementsOf(list: ArrayLike<DElement>): DElement[] {
  return Array.from(list);
}

export function attr(el: DElement, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Every element under `root` (not `root` itself), in document order, by a manual walk (faster than
 * linkedom's selector engine). */
export function allElements(root: DElement): DElement[] {
  const out: DElement[] = [];
  const visit = (el: DElement): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

/** Class tokens of an element. */
export function classTokens(el: DElement): string[] {
  const c = el.getAttribute('class');
  return c ? c.split(/\s+/).filter(Boolean) : [];
}
