import { Readable } from 'node:stream';
import { CliIO } from '../../src/cli/io';

/** An in-memory CliIO for running commands in-process: what they print, and both streams in order. */
export function fakeIO(input = ''): CliIO & { stdout: string; stderr: string; log: string[] } {
  const io = {
    stdout: '',
    stderr: '',
    // Both streams in one list, to check that a message comes where the line it is about was.
    log: [] as string[],
    stdin: Readable.from(input ? [input] : []) as NodeJS.ReadableStream,
    out(s: string) {
      io.stdout += s;
      for (const l of s.split('\n').filter(Boolean)) io.log.push(`out ${l}`);
      return true;
    },
    err(s: string) {
      io.stderr += s;
      io.log.push(`err ${s.trim()}`);
    },
    drain: async () => {},
  };
  return io;
}
