// The judge's Web Worker: compiles the WebAssembly sandbox once, then runs each job it is sent
// in a fresh instance (see sandbox-host.js), on a stack of its own where the browser offers one.
// The page enforces time limits by terminating this worker; a trap kills only the instance, and
// the worker answers with it.
import { runJobOnOwnStack } from './sandbox-host.js';

let compiled = null;

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === 'init') {
    const started = performance.now();
    try {
      compiled = message.module instanceof WebAssembly.Module
        ? message.module
        : await WebAssembly.compileStreaming(fetch(message.url));
      self.postMessage({ type: 'ready', compileMs: performance.now() - started, module: compiled });
    } catch (error) {
      self.postMessage({ type: 'failed', error: String(error) });
    }
  } else if (message.type === 'run') {
    const started = performance.now();
    const result = await runJobOnOwnStack(compiled, message.job);
    self.postMessage({ type: 'result', id: message.id, wallMs: performance.now() - started, ...result });
  }
};
