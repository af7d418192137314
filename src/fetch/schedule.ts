import { setTimeout as sleep } from 'node:timers/promises';

/** At most `limit` tasks at once; the rest wait in arrival order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/**
 * Per-host politeness: requests to one host run one at a time, each starting at least the host's
 * interval after the previous one ended; across hosts, a shared Semaphore caps the total.
 */
export class HostSchedule {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();

  constructor(
    private readonly global: Semaphore,
    private readonly signal?: AbortSignal,
  ) {}

  async run<T>(host: string, intervalMs: number, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.tails.set(host, previous.then(() => mine));
    await previous;
    try {
      const wait = (this.lastEnd.get(host) ?? -Infinity) + intervalMs - Date.now();
      if (wait > 0) await sleep(wait, undefined, { signal: this.signal });
      return await this.global.run(task);
    } finally {
      this.lastEnd.set(host, Date.now());
      release();
    }
  }
}

/**
 * `task` over `items` with up to `width` running at once, results in input order: memory stays
 * bounded by `width` however long the list. `task` must not reject.
 */
export async function* ordered<T, R>(items: Iterable<T>, width: number, task: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    pending.push(task(item));
    if (pending.length >= width) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
