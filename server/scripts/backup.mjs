/**
 * Online backup of the reference server's database (safe while the server runs: SQLite's backup
 * API copies a consistent snapshot), plus the attachment files.
 *   node server/scripts/backup.mjs <data-dir> <backup-dir>
 */
import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [dataDir, backupRoot] = process.argv.slice(2).map((path) => resolve(path));
if (!dataDir || !backupRoot || !existsSync(join(dataDir, 'lifebuoy.db'))) {
  console.error('Usage: node server/scripts/backup.mjs <data-dir> <backup-dir>   (data-dir holds lifebuoy.db)');
  process.exit(2);
}
const target = join(backupRoot, new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(target, { recursive: true });
const db = new Database(join(dataDir, 'lifebuoy.db'), { readonly: true, fileMustExist: true });
await db.backup(join(target, 'lifebuoy.db'));
db.close();
// Attachments are written once and never changed, so a plain copy after the database is consistent:
// every file the snapshot names already exists.
cpSync(join(dataDir, 'attachments'), join(target, 'attachments'), { recursive: true, filter: (source) => !source.endsWith('.part') });
console.log(`Backed up to ${target}`);
