// The page's side of the judge: downloads and compiles the WebAssembly sandbox once (reporting
// progress), keeps a worker warm, runs one job at a time, and enforces the hard time limit by
// terminating the worker and starting a fresh one from the compiled module it kept.

export class JudgeHost {
  /**
   * `onStatus(phase, fraction)` is called with phase "download", "compile", "ready" or "failed"
   * (then `fraction` is 0 and the message follows in `detail`).
   */
  constructor(wasmUrl, workerUrl, onStatus) {
    this.wasmUrl = wasmUrl;
    this.workerUrl = workerUrl;
    this.onStatus = onStatus;
    this.module = null;
    this.worker = null;
    this.workerReady = null;
    this.seq = 0;
    // Automation hook: tests (the differential corpus among them) run jobs through the page's
    // own judge with `await window.pyprepJudge.run(jobJson, deadlineMs)`.
    globalThis.pyprepJudge = this;
  }

  /** Downloads and compiles the sandbox, then starts the first worker. */
  async start() {
    try {
      this.onStatus('download', 0, '');
      const response = await fetch(this.wasmUrl);
      if (!response.ok) {
        throw new Error(`${this.wasmUrl}: the server answered ${response.status}`);
      }
      const total = Number(response.headers.get('content-length')) || 0;
      let bytes;
      if (response.body && total > 0) {
        const reader = response.body.getReader();
        bytes = new Uint8Array(total);
        let received = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (received + value.length > bytes.length) {
            const bigger = new Uint8Array(Math.max(bytes.length * 2, received + value.length));
            bigger.set(bytes.subarray(0, received));
            bytes = bigger;
          }
          bytes.set(value, received);
          received += value.length;
          this.onStatus('download', Math.min(received / total, 1), '');
        }
        bytes = bytes.subarray(0, received);
      } else {
        bytes = new Uint8Array(await response.arrayBuffer());
      }
      this.onStatus('compile', 1, '');
      this.module = await WebAssembly.compile(bytes);
      await this.spawn();
      this.onStatus('ready', 1, '');
    } catch (error) {
      this.onStatus('failed', 0, String(error && error.message ? error.message : error));
      throw error;
    }
  }

  /** Starts a fresh worker from the compiled module; resolves when it is ready. */
  spawn() {
    if (this.worker) {
      this.worker.terminate();
    }
    const worker = new Worker(this.workerUrl);
    this.worker = worker;
    this.workerReady = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        if (event.data.type === 'ready') resolve();
        else if (event.data.type === 'failed') reject(new Error(event.data.error));
      };
      worker.onerror = (event) => reject(new Error(`the judge's worker failed to start: ${event.message}`));
    });
    worker.postMessage({ type: 'init', module: this.module });
    return this.workerReady;
  }

  /**
   * Runs one job (JSON text) and resolves with JSON text describing how it ended:
   * `{ timedOut, code, trap, stdout, stderr, wallMs }`. Past `deadlineMs` the worker is
   * terminated and replaced, and the answer is `timedOut: true`.
   */
  async run(jobJson, deadlineMs) {
    if (!this.worker) this.spawn();
    await this.workerReady;
    const worker = this.worker;
    const id = ++this.seq;
    const started = performance.now();
    return new Promise((resolve) => {
      const finish = (answer, replaceWorker) => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        if (replaceWorker) {
          // A fresh worker is started now, so that it is warm when the next job comes.
          this.spawn().catch(() => {});
        }
        resolve(JSON.stringify({ wallMs: performance.now() - started, ...answer }));
      };
      const timer = setTimeout(
        () => finish({ timedOut: true, code: null, trap: null, stdout: '', stderr: '' }, true),
        deadlineMs,
      );
      worker.onmessage = (event) => {
        const m = event.data;
        if (m.type !== 'result' || m.id !== id) return;
        finish({ timedOut: false, code: m.code, trap: m.trap, stdout: m.stdout, stderr: m.stderr }, m.trap !== null);
      };
      worker.onerror = (event) => {
        finish({ timedOut: false, code: null, trap: `the worker died: ${event.message}`, stdout: '', stderr: '' }, true);
      };
      worker.postMessage({ type: 'run', id, job: jobJson });
    });
  }
}
