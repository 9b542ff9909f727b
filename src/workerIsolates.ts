/**
 * Worker threads that cannot abort the process when they end (Node 20).
 *
 * Node 20 unregisters a worker's V8 isolate from its platform before it
 * disposes of the isolate (fixed upstream in 2025: v8/node#208, "Unregister
 * isolate after Isolate::Dispose"). A TurboFan job still compiling for that
 * worker on a background thread in that window asks the platform for the
 * worker's task runner and aborts the whole process with
 * `Assertion failed: (data.first) != nullptr` in `NodePlatform::ForIsolate`.
 * rfci's CI hit it once: a test process died with that message.
 *
 * V8 gives an isolate a background compiler only when
 * `--concurrent-recompilation` is on at the moment the isolate is created.
 * Turning it off just before rfci starts worker threads makes every later
 * isolate compile on its own thread, so no compile job can outlive a worker;
 * the main thread's isolate, which already exists, keeps compiling in the
 * background. Results do not depend on it.
 *
 * @module
 */
import { setFlagsFromString } from 'node:v8';

let prepared = false;

/**
 * Makes the worker threads started from now on compile JavaScript on their own
 * thread (see the module comment). Call it before creating workers; calling it
 * again does nothing.
 *
 * @example
 * prepareWorkerIsolates();
 * const w = new Worker(source, { eval: true });
 */
export function prepareWorkerIsolates(): void {
  if (prepared) return;
  setFlagsFromString('--no-concurrent-recompilation');
  prepared = true;
}
