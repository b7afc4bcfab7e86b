/**
 * The Printer port: HTML in, PDF bytes out. Electron prints in a hidden window
 * (main/electron/printer.ts), the command line and the tests in a Chromium page
 * (main/chromium/printer.ts). Every print has a time limit: a page that never finishes must not
 * hang an export (or a batch of them) forever.
 */
export interface PrintRequest {
  html: string;
  /** Stop and fail after this long. */
  timeoutMs: number;
}

/** A picture of an SVG drawing, for "export board as PNG". */
export interface RasterRequest {
  svg: string;
  /** Size of the drawing in CSS px at 100 %. */
  width: number;
  height: number;
  /** Device pixels per CSS px: 2 gives a picture twice as wide and tall. */
  scale: number;
  timeoutMs: number;
}

export interface Printer {
  printPdf(request: PrintRequest): Promise<Uint8Array>;
  rasterize(request: RasterRequest): Promise<Uint8Array>;
  /** Which browser printed, once it has ("Chromium 156.0.8078.114 (/usr/bin/chromium)"); hosts that print in their own window leave it out. */
  usedBrowser?(): string | null;
  /** Frees the browser or window behind the printer. */
  close(): Promise<void>;
}

export type PrintErrorCode = 'timeout' | 'printerFailed';

export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    message: string,
    readonly timeoutMs?: number,
  ) {
    super(message);
    this.name = 'PrintError';
  }
}

export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/**
 * Runs `work` with a time limit. On time-out `abandon` is called (close the page or window, so
 * the work stops using memory) and the promise rejects with a PrintError('timeout').
 */
export function withTimeLimit<T>(work: Promise<T>, timeoutMs: number, abandon: () => unknown): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      try {
        void Promise.resolve(abandon()).catch(() => undefined);
      } finally {
        reject(new PrintError('timeout', `printing took longer than ${timeoutMs} ms`, timeoutMs));
      }
    }, timeoutMs);
  });
  // The work's own failure after a time-out has nobody to tell; keep it from being an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** Wraps anything a printer throws that is not already a PrintError. */
export function asPrintError(error: unknown): PrintError {
  if (error instanceof PrintError) return error;
  return new PrintError('printerFailed', error instanceof Error ? error.message : String(error));
}
