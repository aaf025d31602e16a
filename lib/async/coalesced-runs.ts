// One run of a job per key at a time, with requests coalesced: n concurrent requests cause at most two runs, not n.
// Made for CRL rebuilds: at 100,000 revoked a rebuild reads and signs megabytes, and every CDP fetch of a CA whose
// CRL is due used to start one of its own.

const ignore = () => undefined;

export class CoalescedRuns<Key, Result> {
  private readonly running = new Map<Key, Promise<Result>>();
  private readonly queued = new Map<Key, Promise<Result>>();

  /**
   * Runs `job` now if nothing runs for `key`; otherwise in the run queued behind the current one, which starts after
   * it ends and so sees whatever the caller committed before asking. Callers arriving before that run starts share it.
   */
  run(key: Key, job: () => Promise<Result>): Promise<Result> {
    const queued = this.queued.get(key);
    if (queued) return queued;
    const running = this.running.get(key);
    if (!running) return this.start(key, job);
    const next = running.then(ignore, ignore).then(() => {
      this.queued.delete(key);
      return this.start(key, job);
    });
    this.queued.set(key, next);
    return next;
  }

  /** The run asked for most recently and not yet finished, for readers content with a result already on its way. */
  pending(key: Key): Promise<Result> | undefined {
    return this.queued.get(key) ?? this.running.get(key);
  }

  private start(key: Key, job: () => Promise<Result>): Promise<Result> {
    const run = job().finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }
}
