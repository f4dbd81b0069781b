import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIo } from './io';
import { runCli } from './main';

/**
 * A README block between `<!-- tour lines=N -->` and the end of the ```console fence after it is
 * regenerated from real runs: each `$ surveygraph …` line is run (in README order, over one fresh
 * database) and the lines after it replaced by its first N output lines (`…` when cut).
 */
const BLOCK = /(<!-- tour lines=(\d+) -->\n+```console\n)([\s\S]*?)(```)/g;

/** The README with every tour block's output replaced by a fresh run's; `cwd` resolves paths. */
export async function regenerateReadmeTour(readme: string, cwd: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-tour-'));
  try {
    const env = { ...process.env, SURVEYGRAPH_DB: join(dir, 'tour.sqlite') };
    const blocks = [...readme.matchAll(BLOCK)];
    const replacements: string[] = [];
    for (const block of blocks)
      replacements.push(await runBlock(block[3]!, Number(block[2]), env, cwd));
    let index = 0;
    return readme.replace(BLOCK, (_, head: string, _lines, _body, fence: string) => {
      return `${head}${replacements[index++]}${fence}`;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runBlock(
  body: string,
  maxLines: number,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string> {
  const commands = body.split('\n').filter((line) => line.startsWith('$ surveygraph '));
  const parts: string[] = [];
  for (const command of commands) {
    const argv = splitCommand(command.slice('$ surveygraph '.length).replace(/\s+#.*$/, ''));
    const out: string[] = [];
    const io: CliIo = {
      out: (text) => out.push(...text.replace(/\n$/, '').split('\n')),
      err: () => {},
      interactive: false,
      env,
      cwd,
    };
    await runCli(argv, io);
    const shown = out.length > maxLines ? [...out.slice(0, maxLines), '…'] : out;
    parts.push([command, ...shown].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Shell-like words: spaces separate, single quotes group. */
function splitCommand(text: string): string[] {
  return [...text.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(import.meta.dirname, '../..');
  const path = join(root, 'README.md');
  const updated = await regenerateReadmeTour(readFileSync(path, 'utf8'), root);
  writeFileSync(path, updated);
  console.error(`README.md: tour outputs regenerated`);
}
