/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal, so progress bars make sense. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
};

/** A failure the user can fix; printed as one line without a stack, exit code 1 (or `exitCode`). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
