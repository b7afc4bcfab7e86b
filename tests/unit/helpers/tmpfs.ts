import { spawn } from 'node:child_process';

/**
 * A real full disk for the fault tests: a tmpfs of a few hundred kilobytes. Mounting needs root
 * (CI and this machine run as root); elsewhere the caller skips with the reason and relies on the
 * same fault simulated through the io seam.
 */
export async function tmpfs(path: string, size: string): Promise<{ ok: true; unmount: () => Promise<void> } | { ok: false; reason: string }> {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(args[0]!, args.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', (error) => resolve({ code: -1, err: error.message }));
      child.on('exit', (code) => resolve({ code, err }));
    });
  if (process.platform !== 'linux') return { ok: false, reason: 'not Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not running as root' };
  const mounted = await run(['mount', '-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
  if (mounted.code !== 0) return { ok: false, reason: mounted.err.trim() || `mount exited ${mounted.code}` };
  return { ok: true, unmount: async () => void (await run(['umount', path])) };
}


