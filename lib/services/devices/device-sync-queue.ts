// Graph's syncDevice answers 204 at once and the device checks in shortly after. The simulator runs the check-ins in
// the background of this process: one at a time per device (a request made while one is waiting to start is
// already covered by it), a few devices at once, failures logged. The queue is process memory on purpose: a sync
// lost to a restart is a check-in that did not happen, as with a device that was switched off.
import 'server-only';

interface SyncQueue {
  /** Per device, the end of its chain of check-ins. */
  readonly tails: Map<string, Promise<void>>;
  /** Devices with a check-in queued that has not started yet. */
  readonly waiting: Set<string>;
  running: number;
  readonly slots: (() => void)[];
}

// RSA key generation and SCEP round trips are CPU-bound on a small server: a "Sync all" must not starve requests.
const MAX_CONCURRENT_CHECK_INS = 3;

// On globalThis like the database handle: every route bundle of this process must share one queue.
const GLOBAL_KEY = '__cloudPkiDeviceSyncQueue';
type GlobalWithQueue = typeof globalThis & { [GLOBAL_KEY]?: SyncQueue };

function queue(): SyncQueue {
  const global = globalThis as GlobalWithQueue;
  global[GLOBAL_KEY] ??= { tails: new Map(), waiting: new Set(), running: 0, slots: [] };
  return global[GLOBAL_KEY];
}

async function withSlot(work: () => Promise<unknown>): Promise<void> {
  const state = queue();
  if (state.running >= MAX_CONCURRENT_CHECK_INS) await new Promise<void>((resolve) => state.slots.push(resolve));
  state.running += 1;
  try {
    await work();
  } finally {
    state.running -= 1;
    state.slots.shift()?.();
  }
}

/** Queues a check-in of `deviceId`; returns at once. The promise is for tests and scripts that want to wait. */
export function enqueueDeviceSync(deviceId: string, work: () => Promise<unknown>): Promise<void> {
  const state = queue();
  const previous = state.tails.get(deviceId);
  if (previous && state.waiting.has(deviceId)) return previous;
  state.waiting.add(deviceId);
  const tail = (previous ?? Promise.resolve())
    .then(() =>
      withSlot(() => {
        state.waiting.delete(deviceId);
        return work();
      }),
    )
    .catch((error: unknown) => console.error(`The check-in of device ${deviceId} failed:`, error))
    .finally(() => {
      if (state.tails.get(deviceId) === tail) state.tails.delete(deviceId);
    });
  state.tails.set(deviceId, tail);
  return tail;
}
