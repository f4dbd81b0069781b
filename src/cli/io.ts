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

/**
 * A failure the user can fix (bad flag value, unknown name, unreadable input); printed as one
 * line without a stack, exit code 2 (or `exitCode`, e.g. 1 for "ran, but with findings").
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
