// Runs `learn` or `compare` (toolCommands.ts) with the engine loaded.
import type { EngineLoader } from '../engineLoader.js';
import type { Io } from '../io.js';
import type { ToolRequest } from './toolCommands.js';

export async function runToolCommand(
  io: Io,
  request: ToolRequest,
  load: EngineLoader,
): Promise<number> {
  if (request.command === 'learn') {
    const [{ runLearn }, engine] = await Promise.all([import('./learn.js'), load()]);
    return runLearn(io, request, engine);
  }
  const [{ runCompare }, engine] = await Promise.all([import('./compare.js'), load()]);
  return runCompare(io, request, engine);
}
