// Replacing a file's content without ever losing it. The usual way: a temporary sibling with the
// file's mode, owner and group, synced, then renamed over it (atomic: a reader or a crash sees the
// old file or the new one). A file with other hard links, or whose owner the process cannot give
// back, is instead written in place (the inode, its links, owner, group and mode stay) after a
// copy that is read back and compared; the copy is removed once the new content is read back too.
// Temporary files and copies are named `.restore-text.<pid>.<hex>.<name>.tmp|.bak`, so that a
// later run removes the temporary files of a run that was killed (they were never renamed: the
// target is intact) and reports its copies (an in-place write that did not finish: the copy is
// the original).
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import {
  copyFile,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Leftovers, WriteOptions } from './io.js';

/** What the writer needs from the process (nodeIo provides it; only it touches `process`). */
export interface WriteGuard {
  /** This process's id, in the names of its temporary files. */
  readonly pid: number;
  /** A temporary file now exists: remove it if a signal stops the process. */
  track(path: string): void;
  untrack(path: string): void;
  /** Run `work` with stopping signals held until it ends (an in-place write never stops halfway). */
  hold<T>(work: () => Promise<T>): Promise<T>;
  /** A process with this id is running. */
  alive(pid: number): boolean;
}

export const LEFTOVER = /^\.restore-text\.(\d+)\.[0-9a-f]{12}\.[\s\S]*\.(tmp|bak)$/;

export function siblingName(path: string, pid: number, kind: 'tmp' | 'bak'): string {
  const name = basename(path).slice(0, 100);
  return join(
    dirname(path),
    `.restore-text.${pid}.${randomBytes(6).toString('hex')}.${name}.${kind}`,
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
}

function fsError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Rejects with ECHANGED when the file no longer holds the bytes the new content was made from. */
async function checkUnchanged(path: string, expected: Uint8Array | undefined): Promise<void> {
  if (expected === undefined) return;
  if (!sameBytes(await readFile(path), expected)) {
    throw fsError('ECHANGED', 'the file changed while restore-text ran; not written');
  }
}

interface Target {
  readonly path: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly links: number;
}

/** Temporary sibling, synced, renamed over the target. False: the owner could not be kept. */
async function viaRename(
  t: Target,
  data: Uint8Array,
  guard: WriteGuard,
  expected?: Uint8Array,
): Promise<boolean> {
  const temp = siblingName(t.path, guard.pid, 'tmp');
  guard.track(temp);
  try {
    const fh = await open(temp, 'wx', t.mode);
    try {
      await fh.writeFile(data);
      await fh.chmod(t.mode); // open's mode is filtered by the umask
      try {
        await fh.chown(t.uid, t.gid);
      } catch {
        return false; // not allowed to give the file back to its owner: write it in place
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    await checkUnchanged(t.path, expected);
    await rename(temp, t.path);
    return true;
  } finally {
    await unlink(temp).catch(() => undefined); // gone after the rename
    guard.untrack(temp);
  }
}

async function writeInPlace(path: string, data: Uint8Array): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.write(data, 0, data.length, 0);
    await fh.truncate(data.length);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** In place, after a copy that is read back and compared; the copy goes once the file reads right. */
async function inPlace(
  t: Target,
  data: Uint8Array,
  guard: WriteGuard,
  expected?: Uint8Array,
): Promise<void> {
  const backup = siblingName(t.path, guard.pid, 'bak');
  await guard.hold(async () => {
    const original = await readFile(t.path);
    if (expected !== undefined && !sameBytes(original, expected)) {
      throw fsError('ECHANGED', 'the file changed while restore-text ran; not written');
    }
    await copyFile(t.path, backup, constants.COPYFILE_EXCL);
    if (!sameBytes(await readFile(backup), original)) {
      await unlink(backup).catch(() => undefined);
      throw fsError('EIO', 'the safety copy did not read back the same; not written');
    }
    try {
      await writeInPlace(t.path, data);
      if (!sameBytes(await readFile(t.path), data))
        throw fsError('EIO', 'the file did not read back as written');
    } catch (err) {
      // Put the original back; the copy stays if even that fails.
      await writeInPlace(t.path, original);
      if (!sameBytes(await readFile(t.path), original)) throw err;
      await unlink(backup).catch(() => undefined);
      throw err;
    }
    await unlink(backup);
  });
}

/** See Io.writeFileAtomic. */
export async function writeSafely(
  link: string,
  data: Uint8Array,
  options: WriteOptions,
  guard: WriteGuard,
): Promise<void> {
  let path: string;
  try {
    path = await realpath(link); // a symbolic link stays; its target gets the content
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
    const mode = options.mode ?? 0o644;
    await viaRename({ path: link, mode, uid: -1, gid: -1, links: 1 }, data, guard);
    return;
  }
  const s = await stat(path);
  const target: Target = { path, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid, links: s.nlink };
  if (target.links > 1) return inPlace(target, data, guard, options.expected);
  if (!(await viaRename(target, data, guard, options.expected))) {
    await inPlace(target, data, guard, options.expected);
  }
}

/** See Io.cleanLeftovers. */
export async function cleanLeftovers(dir: string, guard: WriteGuard): Promise<Leftovers> {
  const removed: string[] = [];
  const backups: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { removed, backups };
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (m === null) continue;
    const pid = Number(m[1]);
    if (pid === guard.pid || guard.alive(pid)) continue; // a run still at work
    const path = join(dir, name);
    if (m[2] === 'bak') backups.push(path);
    else if (
      await unlink(path).then(
        () => true,
        () => false,
      )
    )
      removed.push(path);
  }
  return { removed, backups };
}
