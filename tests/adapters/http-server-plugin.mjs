/**
 * web-test-runner plugin: runs Lifebuoy's reference server (server/) for browser tests.
 *
 * Add to web-test-runner.config.mjs:
 *   import { lifebuoyServerPlugin } from './tests/adapters/http-server-plugin.mjs';
 *   plugins: [..., lifebuoyServerPlugin()],
 *
 * Tests drive it with `executeServerCommand('lifebuoy-server', { action })` from
 * '@web/test-runner-commands'. Each test session (one test file in one browser) gets its own
 * server process, port and data directory, so Chromium and Firefox never share state and a test
 * that kills its server does not disturb the other browser. Actions:
 *   start   { env? }  → { url, agentToken, identitySecret }  (fresh data directory)
 *   kill  { whenUploading? } → SIGKILL: a crash, nothing flushed or answered; with whenUploading,
 *                       first waits until an upload has started arriving (a .part file with bytes)
 *   terminate         → SIGTERM: the graceful shutdown
 *   revive            → starts again on the same port with the same data
 *   dispose           → stops it and deletes its data
 *   inspect           → { files, partial }: attachment files on disk, and unfinished uploads
 * The server bundle is built once at startup (server/scripts/build.mjs); the server's own
 * dependencies must be installed: `npm ci --prefix server`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const BUNDLE = join(SERVER_DIR, 'dist/lifebuoy-server.mjs');
const IDENTITY_SECRET = 'test-identity-secret-0123456789';

function waitForExit(child, timeoutMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts the bundle and resolves with its URL once it prints "listening on". */
function launch({ port, dataDir, agentToken, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: SERVER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        LIFEBUOY_DATA_DIR: dataDir,
        LIFEBUOY_AGENT_TOKEN: agentToken,
        LIFEBUOY_IDENTITY_SECRET: IDENTITY_SECRET,
        LIFEBUOY_BOT_DELAY_MS: '0',
        LIFEBUOY_TEST_HOOKS: '1',
        LIFEBUOY_SHUTDOWN_GRACE_MS: '2000',
        ...env,
      },
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The reference server did not start within 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (process.env.LIFEBUOY_SERVER_LOG) process.stderr.write(`[lifebuoy-server] ${chunk}`);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The reference server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

export function lifebuoyServerPlugin() {
  /** @type {Map<string, { child: import('node:child_process').ChildProcess | null, url: string, port: number, dataDir: string, agentToken: string, env: object }>} */
  const instances = new Map();
  let buildError = null;

  async function stopInstance(instance, signal) {
    const child = instance.child;
    instance.child = null;
    if (!child) return;
    child.kill(signal);
    await waitForExit(child);
  }

  async function revive(instance) {
    const started = await launch(instance);
    instance.child = started.child;
    instance.url = started.url;
    instance.port = Number(new URL(started.url).port);
    return describe(instance);
  }

  const attachmentFiles = (instance) => {
    const dir = join(instance.dataDir, 'attachments');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  /** Resolves once the server is writing an upload to disk. */
  async function uploadStarted(instance, timeoutMs = 10_000) {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      const part = attachmentFiles(instance).find((file) => file.endsWith('.part'));
      if (part && statSync(join(instance.dataDir, 'attachments', part), { throwIfNoEntry: false })?.size > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('No upload reached the server.');
  }

  const describe = (instance) => ({ url: instance.url, agentToken: instance.agentToken, identitySecret: IDENTITY_SECRET, running: Boolean(instance.child) });

  return {
    name: 'lifebuoy-server',

    async serverStart() {
      if (!existsSync(join(SERVER_DIR, 'node_modules', 'better-sqlite3'))) {
        buildError = 'The reference server is not installed: run `npm ci --prefix server`.';
        return;
      }
      const result = spawnSync(process.execPath, [join(SERVER_DIR, 'scripts/build.mjs')], { encoding: 'utf8' });
      if (result.status !== 0) buildError = `Building the reference server failed:\n${result.stderr || result.stdout}`;
    },

    async serverStop() {
      await Promise.all([...instances.values()].map(async (instance) => {
        await stopInstance(instance, 'SIGKILL');
        rmSync(instance.dataDir, { recursive: true, force: true });
      }));
      instances.clear();
    },

    async executeCommand({ command, payload = {}, session }) {
      if (command !== 'lifebuoy-server') return undefined;
      if (buildError) throw new Error(buildError);
      const key = session.id;
      let instance = instances.get(key);
      switch (payload.action) {
        case 'start': {
          if (instance) {
            await stopInstance(instance, 'SIGKILL');
            rmSync(instance.dataDir, { recursive: true, force: true });
          }
          instance = {
            child: null, url: '', port: 0, env: payload.env ?? {},
            dataDir: mkdtempSync(join(tmpdir(), 'lifebuoy-server-')),
            agentToken: randomBytes(16).toString('hex'),
          };
          instances.set(key, instance);
          return revive(instance);
        }
        case 'kill':
        case 'terminate':
          if (!instance) throw new Error('No server: call start first.');
          if (payload.whenUploading) await uploadStarted(instance);
          await stopInstance(instance, payload.action === 'kill' ? 'SIGKILL' : 'SIGTERM');
          return describe(instance);
        case 'revive':
          if (!instance) throw new Error('No server: call start first.');
          if (instance.child) return describe(instance);
          return revive(instance);
        case 'dispose':
          if (instance) {
            await stopInstance(instance, 'SIGKILL');
            rmSync(instance.dataDir, { recursive: true, force: true });
            instances.delete(key);
          }
          return { disposed: true };
        case 'inspect': {
          if (!instance) throw new Error('No server: call start first.');
          const files = attachmentFiles(instance);
          return { files: files.filter((file) => !file.endsWith('.part')), partial: files.filter((file) => file.endsWith('.part')).length };
        }
        default:
          throw new Error(`Unknown lifebuoy-server action "${payload.action}".`);
      }
    },
  };
}
