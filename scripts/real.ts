// npm run real: align the page pairs of eval/real/raw/ into eval/real/<id>.json (deterministic).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prettierJson, serializeDocument } from './eval/devJson.js';
import { loadRawPages, realDir, realDocument } from './eval/real.js';

async function main(): Promise<void> {
  const dir = realDir();
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) rmSync(join(dir, f));
  for (const page of loadRawPages()) {
    const doc = realDocument(page);
    const path = join(dir, `${doc.id}.json`);
    writeFileSync(path, await prettierJson(serializeDocument(doc), path));
    const words = doc.original.split(/\s+/).filter((w) => w !== '').length;
    console.log(
      `${doc.id.padEnd(28)} ${String(words).padStart(4)} words ${String(doc.substitutions.length).padStart(4)} substitutions  ${doc.spinner}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
