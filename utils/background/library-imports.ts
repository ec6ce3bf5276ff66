import type { ImportCounts } from '../protocol/library';

/**
 * Imports the background is writing, by the id the library page gave each, so that the page's Cancel (a second
 * message) can reach the transaction of the first.
 */
export class LibraryImports {
  private readonly running = new Map<string, AbortController>();

  /**
   * Runs one import. A cancel that arrives while it writes rolls it back and the answer says so; any other failure
   * is passed on, even an abort the database raised by itself (a full disk), so it is never reported as the user's.
   */
  async run(importId: string | undefined, work: (signal: AbortSignal) => Promise<ImportCounts>): Promise<ImportCounts | { cancelled: true }> {
    const controller = new AbortController();
    if (importId !== undefined) this.running.set(importId, controller);
    try {
      return await work(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return { cancelled: true };
      throw error;
    } finally {
      if (importId !== undefined && this.running.get(importId) === controller) this.running.delete(importId);
    }
  }

  /** True when the import was still running; false when it had already finished (or was never started). */
  cancel(importId: string): boolean {
    const controller = this.running.get(importId);
    controller?.abort();
    return controller !== undefined;
  }
}
