import { execFileSync } from 'node:child_process';

let lastChanged: Map<string, Date> | undefined;

/**
 * When each file under content/ last changed, from one `git log` read once per build (a git call
 * per page would cost about 25 ms each, growing with the site).
 */
function readHistory(): Map<string, Date> {
  const history = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    // Newest commit first, so the first date seen for a file is its last change.
    for (const commit of log.split('\0').slice(1)) {
      const [date = '', ...files] = commit.trim().split('\n');
      for (const file of files) if (file && !history.has(file)) history.set(file, new Date(date));
    }
  } catch {
    // Not a git checkout: callers fall back to the article's own date.
  }
  return history;
}

/** When a file last changed in git history; null for a file not yet committed or outside git. */
export function lastCommitDate(file: string): Date | null {
  lastChanged ??= readHistory();
  return lastChanged.get(file) ?? null;
}
