/**
 * The development server (`npm start`, and every browser tier) serves demo/ and dist/ and nothing else,
 * on 127.0.0.1 only unless --host widens it (with a warning). Requests are sent over raw sockets, so the
 * paths reach the server exactly as written (fetch would tidy `..` away before sending).
 *
 * The control is today's main: it listened on every interface (so 127.0.0.2 reached it) and answered
 * `GET /dist/../.git/config` with the repository's git config.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_PORT } from './support/demo-origin.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Starts scripts/serve.mjs and resolves once it prints its URLs, with everything it printed. */
async function startServer(args: string[]): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], { cwd: repoRoot, env: { ...process.env, PORT: '', HOST: '0.0.0.0' } });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
  return { child, output: () => output };
}

/** One raw HTTP/1.1 GET with the request target exactly as given; resolves with the status and the whole response. */
function rawGet(host: string, port: number, target: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port }, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}:${port}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
  });
}

/** Paths that try to reach files outside demo/ and dist/. Each must be refused. */
const ESCAPES = [
  '/dist/../.git/config',
  '/dist/../package.json',
  '/dist/%2e%2e/.git/config',
  '/dist/%2E%2E/package.json',
  '/dist/.%2e/package.json',
  '/dist/..%2fpackage.json',
  '/dist/..%2Fpackage.json',
  '/dist/..\\package.json',
  '/dist/..%5cpackage.json',
  '/dist\\..\\package.json',
  '/%2e%2e/package.json',
  '/../package.json',
  '/portal/../../package.json',
  '/dist/%252e%252e/package.json',
  '/dist/..%00/package.json',
  '/.git/config',
  '/dist/widget/../../.git/HEAD',
  '//etc/passwd',
  '/package.json',
  '/node_modules/lit/package.json',
  '/widget/index.ts',
  '/scripts/serve.mjs',
];

test.describe('development server', () => {
  test.describe.configure({ mode: 'serial' });
  const port = DEMO_PORT + 30;

  test('binds 127.0.0.1 only by default (a HOST variable does not widen it), and serves the demo and the build', async () => {
    const server = await startServer(['--port', String(port)]);
    try {
      expect(server.output()).toContain(`http://127.0.0.1:${port}/`);
      expect(server.output()).not.toContain('Warning');
      // Another loopback address of this machine is "another address": nothing listens there.
      await expect(rawGet('127.0.0.2', port, '/')).rejects.toThrow(/ECONNREFUSED/);
      const page = await rawGet('127.0.0.1', port, '/');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<record-access-guide');
      const script = await rawGet('127.0.0.1', port, '/dist/widget/record-access-guide.js');
      expect(script.status).toBe(200);
      expect(script.text).toMatch(/content-type: text\/javascript/i);
      const strict = await rawGet('127.0.0.1', port, '/strict-csp.html');
      expect(strict.text).toMatch(/content-security-policy: default-src 'self'/i);
      expect((await rawGet('127.0.0.1', port, '/portal')).status).toBe(301);
      expect((await rawGet('127.0.0.1', port, '/portal/')).status).toBe(200);
      for (const target of ESCAPES) {
        const { status, text } = await rawGet('127.0.0.1', port, target);
        expect(status, target).toBe(404);
        expect(text, target).not.toMatch(/\[core\]|"name": "record-access-kit"|ref: refs/);
      }
    } finally {
      server.child.kill('SIGINT');
    }
  });

  test('--host widens it with a warning, and still refuses every escape from another address', async () => {
    // Every interface, as someone showing the demo to a colleague might: 127.0.0.2 stands for another computer.
    const server = await startServer(['--port', String(port + 1), '--host', '0.0.0.0']);
    try {
      await expect.poll(server.output).toContain('Warning: the demo is served on 0.0.0.0');
      expect((await rawGet('127.0.0.2', port + 1, '/')).status).toBe(200);
      for (const target of ESCAPES) {
        const { status, text } = await rawGet('127.0.0.2', port + 1, target);
        expect(status, target).toBe(404);
        expect(text, target).not.toMatch(/\[core\]|"name": "record-access-kit"|ref: refs/);
      }
    } finally {
      server.child.kill('SIGINT');
    }
  });
});
