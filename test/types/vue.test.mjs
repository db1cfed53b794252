// Vue's GlobalComponents types (dist/frameworks/vue.d.ts), checked by vue-tsc with strict
// templates against the built package: test/types/vue/everything.vue (every element, its props and
// typed event details) compiles, and each line of mistakes.vue marked `expect TSxxxx` fails with
// that error code, and nothing else does. Run after the build (scripts/test.sh).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const DIR = 'test/types/vue';

/** The errors vue-tsc reports, as "file:line code". */
function compileErrors() {
  const run = spawnSync(
    process.execPath,
    ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', `${DIR}/tsconfig.json`],
    { encoding: 'utf8' },
  );
  const output = `${run.stdout}${run.stderr}`;
  const errors = [...output.matchAll(/^(\S+\.vue)\((\d+),\d+\): error (TS\d+)/gm)].map(
    ([, file, line, code]) => `${file.replace(/^.*\//, '')}:${line} ${code}`,
  );
  // vue-tsc failing for any other reason (a missing build, a config error) fails the test too.
  if (run.status !== 0 && errors.length === 0) assert.fail(`vue-tsc failed:\n${output}`);
  return { errors, output };
}

/** The line after each `expect TSxxxx` comment in mistakes.vue, with that code. */
function expectedErrors() {
  const lines = readFileSync(`${DIR}/mistakes.vue`, 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    const code = /<!-- expect (TS\d+):/.exec(line)?.[1];
    return code ? [`mistakes.vue:${index + 2} ${code}`] : [];
  });
}

test('vue-tsc accepts every element and rejects each marked mistake with its error', () => {
  const expected = expectedErrors();
  assert.ok(expected.length >= 5, 'mistakes.vue marks its mistakes');
  const { errors, output } = compileErrors();
  assert.deepEqual([...errors].sort(), [...expected].sort(), output);
});
