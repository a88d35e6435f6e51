import { execFileSync } from 'node:child_process';

/**
 * When a file last changed, from git history (the last commit that touched it). Null outside a git
 * checkout or for a file not yet committed; callers fall back to the article's own date.
 */
export function lastCommitDate(file: string): Date | null {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return iso ? new Date(iso) : null;
  } catch {
    return null;
  }
}
