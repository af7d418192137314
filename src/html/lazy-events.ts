/**
 * linkedom gives every node an event-listener table at construction (an entry in a module-level
 * WeakMap plus a `Map`). A parsed page has thousands of nodes and we never listen to events, so that
 * table was ~20% of the extractor's CPU time plus much of its garbage collection. `installLazyEvents`
 * swaps the base class of linkedom's `Node` for one that builds the table only when a listener is
 * added; `addEventListener` / `removeEventListener` / `dispatchEvent` keep linkedom's behaviour
 * (bubbling through `_getParent`, `once`, `stopImmediatePropagation`).
 *
 * The swap is skipped (and linkedom left as it is) when its classes are not laid out as expected.
 */
import * as linkedom from 'linkedom';

type Listener = ((event: unknown) => void) | { handleEvent(event: unknown): void };
interface ListenerOptions {
  once?: boolean;
}
type Table = Map<string, Map<Listener, ListenerOptions | boolean | undefined>>;

interface EventLike {
  type: string;
  bubbles: boolean;
  cancelBubble: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  currentTarget?: unknown;
  target?: unknown;
  _stopImmediatePropagationFlag: boolean;
  _path: { currentTarget: LazyTarget; target: LazyTarget }[];
}

const tables = new WeakMap<object, Table>();

const PHASE = { NONE: 0, CAPTURING: 1, AT_TARGET: 2, BUBBLING: 3 };

function invoke(event: EventLike, currentTarget: LazyTarget, target: LazyTarget): boolean {
  const listeners = tables.get(currentTarget)?.get(event.type);
  if (!listeners) return false;
  event.eventPhase = currentTarget === target ? PHASE.AT_TARGET : PHASE.BUBBLING;
  event.currentTarget = currentTarget;
  event.target = target;
  for (const [listener, options] of listeners) {
    if (typeof options === 'object' && options.once) listeners.delete(listener);
    if (typeof listener === 'function') listener.call(target, event);
    else listener.handleEvent(event);
    if (event._stopImmediatePropagationFlag) break;
  }
  delete event.currentTarget;
  delete event.target;
  return event.cancelBubble;
}

class LazyTarget {
  _getParent(): LazyTarget | null {
    return null;
  }

  addEventListener(type: string, listener: Listener, options?: ListenerOptions | boolean): void {
    let table = tables.get(this);
    if (!table) tables.set(this, (table = new Map()));
    let listeners = table.get(type);
    if (!listeners) table.set(type, (listeners = new Map()));
    listeners.set(listener, options);
  }

  removeEventListener(type: string, listener: Listener): void {
    const table = tables.get(this);
    const listeners = table?.get(type);
    if (table && listeners?.delete(listener) && !listeners.size) table.delete(type);
  }

  dispatchEvent(event: EventLike): boolean {
    event.eventPhase = PHASE.CAPTURING;
    event._path.push({ currentTarget: this, target: this });
    for (let node = event.bubbles ? this._getParent() : null; node; node = node._getParent()) {
      event._path.push({ currentTarget: node, target: this });
    }
    event._path.some((step) => invoke(event, step.currentTarget, step.target));
    event._path = [];
    event.eventPhase = PHASE.NONE;
    return !event.defaultPrevented;
  }
}

let installed: boolean | null = null;

/** Make linkedom's per-node event tables lazy (once per process). Returns whether the swap is in place. */
export function installLazyEvents(): boolean {
  if (installed !== null) return installed;
  installed = false;
  const exported = linkedom as unknown as Record<string, unknown>;
  const facade = exported['Node'];
  const original = exported['EventTarget'];
  if (typeof facade !== 'function' || typeof original !== 'function') return false;
  const NodeClass = Object.getPrototypeOf(facade) as unknown;
  if (typeof NodeClass !== 'function') return false;
  const proto = (NodeClass as { prototype: object }).prototype;
  if (Object.getPrototypeOf(NodeClass) !== original || Object.getPrototypeOf(proto) !== (original as { prototype: object }).prototype) return false;
  Object.setPrototypeOf(NodeClass, LazyTarget);
  Object.setPrototypeOf(proto, LazyTarget.prototype);
  installed = true;
  return true;
}
