// Runs `learn`, `compare` or `families` (toolCommands.ts) with the engine loaded.
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
  if (request.command === 'families') {
    const [{ runFamilies }, engine] = await Promise.all([import('./families.js'), load()]);
    return runFamilies(io, request, engine);
  }
  const [{ runCompare }, engine] = await Promise.all([import('./compare.js'), load()]);
  return runCompare(io, request, engine);
}
