// `npm run typecheck`: every TypeScript project, as many at once as there are cores (each
// tsc is single-threaded, so one after another left a core idle for over a minute in CI).
// Prints each project's output whole, in project order; fails if any project fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const PROJECTS = ['shared', 'electron', 'renderer', 'test', 'cli'];
const root = resolve(import.meta.dirname, '..');
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');

function check(project) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ project, code, output }));
  });
}

async function checkAll() {
  const queue = [...PROJECTS];
  const results = [];
  const worker = async () => {
    for (let project = queue.shift(); project !== undefined; project = queue.shift()) results.push(await check(project));
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), PROJECTS.length) }, worker));
  return PROJECTS.map((project) => results.find((result) => result.project === project));
}

const results = await checkAll();
for (const { project, code, output } of results) {
  console.log(`tsc -p ${project}: ${code === 0 ? 'ok' : 'FAILED'}`);
  if (output !== '') process.stdout.write(output);
}
process.exitCode = results.every(({ code }) => code === 0) ? 0 : 1;
