/** The CLI's standard streams, injectable so commands can be tested in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  /** Returns false when the consumer is slow; then await `drain`. */
  out(s: string): boolean;
  err(s: string): void;
  drain(): Promise<void>;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin,
    out: (s) => process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    drain: () => new Promise((resolve) => process.stdout.once('drain', () => resolve())),
  };
}
