import { resolve } from 'node:path';

/**
 * The paths main may read or write: only those the user chose (a dialog, the recent list, the
 * command line, a double-clicked file). The renderer can name a path, but never invent one.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(path: string): string {
    const normalized = resolve(path);
    this.granted.add(normalized);
    return normalized;
  }

  has(path: string): boolean {
    return this.granted.has(resolve(path));
  }
}
