/**
 * Every exporter is written once, as a generator of text pieces (one per page, note or row), so the same code
 * serves the synchronous export (join everything) and the cancellable one below that reports progress.
 */
export interface ExportPieces {
  /** How many pieces `pieces` yields that count as work, for a progress bar. */
  total: number;
  pieces: Iterable<string>;
}

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** Pieces produced between two yields to the event loop; the default keeps each slice to a few milliseconds. */
  sliceSize?: number;
}

export function joinPieces(output: ExportPieces): string {
  let text = '';
  for (const piece of output.pieces) text += piece;
  return text;
}

/**
 * Runs an exporter in slices, yielding to the event loop between them so the page can paint a progress bar and
 * react to Cancel. The text is only handed over once complete: a cancelled export rejects with the signal's
 * AbortError and leaves no partial file behind.
 */
export async function runPieces(output: ExportPieces, options: ExportOptions = {}): Promise<string> {
  const { onProgress, signal, sliceSize = 500 } = options;
  throwIfAborted(signal);
  const parts: string[] = [];
  let done = 0;
  let inSlice = 0;
  onProgress?.({ done, total: output.total });
  for (const piece of output.pieces) {
    parts.push(piece);
    done++;
    if (++inSlice >= sliceSize) {
      inSlice = 0;
      onProgress?.({ done: Math.min(done, output.total), total: output.total });
      await yieldToEventLoop();
      throwIfAborted(signal);
    }
  }
  throwIfAborted(signal);
  onProgress?.({ done: output.total, total: output.total });
  return parts.join('');
}

/**
 * Always an AbortError, whatever reason the caller passed to abort() (a timeout, a custom error), so the UI needs one
 * check to tell "cancelled" from "failed".
 */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') throw reason;
  throw new DOMException('The export was cancelled.', 'AbortError');
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
