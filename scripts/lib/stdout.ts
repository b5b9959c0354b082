// Standard output that is complete however it is read. Writes to a pipe are asynchronous in Node: a
// `process.exit()` right after `console.log()` cuts a piped reader off at 64 KiB. Await this before exiting.

/** Writes text (plus a newline) to standard output and resolves once Node has handed all of it over. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text + '\n', (error) => (error ? reject(error) : resolve())));
}
