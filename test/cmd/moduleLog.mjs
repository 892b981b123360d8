// Preload for `node --import ./moduleLog.mjs?log=FILE`: appends the URL of every ES module the
// process loads to FILE, one a line. In the main thread it registers itself as the module hooks
// (node:module register); in the hooks thread its `load` hook does the logging.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const log = new URL(import.meta.url).searchParams.get('log');
  register(import.meta.url, { data: log });
}

let logFile = '';

export function initialize(file) {
  logFile = file;
}

export async function load(url, context, nextLoad) {
  appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}
