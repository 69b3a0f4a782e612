import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'scripts/annotate.ts');
const run = (args: string[], input?: string) => spawnSync(tsx, [cli, ...args], { encoding: 'utf8', input, cwd: root });

describe('annotate CLI', () => {
  it('annotates the bundled sample when given no path, as JSON lines whose offsets index the file', () => {
    const r = run(['--format', 'jsonl', '--with-text']);
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout.trim());
    expect(line.file).toContain('fr-seed-choigou-tehran.txt');
    expect(line.speakers[0]).toMatchObject({ name: 'Sergueï Choïgou', count: 7 });
    for (const q of line.quotes) expect(line.article.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('prints a speaker table, reads stdin, and exits 1 when an input fails', () => {
    const r = run(['--format', 'table', '-', 'missing-file.txt'], 'Titre\nLe maire a déclaré que la route restait fermée.');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('maire');
    expect(r.stderr).toContain('missing-file.txt');
  });

  it('exits 2 on bad arguments', () => {
    expect(run(['--format', 'xml']).status).toBe(2);
    expect(run(['--nope']).status).toBe(2);
  });

  it('walks a directory', () => {
    const out = execFileSync(tsx, [cli, '--format', 'jsonl', 'tests/fixtures/articles'], { encoding: 'utf8', cwd: root });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(17);
    expect(lines.every((l) => Array.isArray(l.quotes))).toBe(true);
  });
});
