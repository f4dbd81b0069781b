import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { printSchemaSdl } from '../api/schema';
import type { CliIo } from './io';

export function registerSchemaCommand(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('Print the GraphQL schema (SDL), or write it to a file')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action((options: { out?: string }) => {
      const sdl = printSchemaSdl();
      if (options.out) writeFileSync(options.out, sdl.endsWith('\n') ? sdl : `${sdl}\n`);
      else io.out(sdl);
    });
}
