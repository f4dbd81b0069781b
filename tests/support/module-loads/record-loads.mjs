// Module hooks (they run off the main thread): append each loaded module's URL to a file.
import { appendFileSync } from 'node:fs';
import { env } from 'node:process';

export async function load(url, context, nextLoad) {
  if (env.MODULE_LOADS_FILE) appendFileSync(env.MODULE_LOADS_FILE, `${url}\n`);
  return nextLoad(url, context);
}
