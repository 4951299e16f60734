// Setup file of the `unit` project: a unit test opens no server and starts no process. One that does belongs in
// test/integration/ (the `integration` project), which is where such tests are looked for and timed.
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import { Server } from 'node:net';

function refuse(what: string): never {
  throw new Error(`A unit test may not ${what}: move the test to test/integration/.`);
}

Server.prototype.listen = function listen() {
  refuse('listen on a port');
};
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const) {
  Object.assign(childProcess, { [name]: () => refuse(`start a process (child_process.${name})`) });
}
// The named ESM exports of node:child_process follow its default export only when told to.
syncBuiltinESMExports();
