// One persistent native-messaging port to the kassawacht host. Requests carry an id and are
// matched to replies; when the port drops (the host crashed or was killed) pending requests fail,
// the port is reopened with a growing delay, and `onReconnect` lets the extension analyse again.
// `connectNative` keeps one host process for the life of the port, and an open port keeps the
// MV3 service worker alive.

export const HOST_NAME = 'nl.kassawacht.host';
export const PROTOCOL = 1;
export const SNAPSHOT_SCHEMA = 'kassawacht.snapshot/1';
const REQUEST_TIMEOUT_MS = 30000;
const MAX_BACKOFF_MS = 10000;

export class HostConnection {
  constructor({ onStatus = () => {}, onReconnect = () => {} } = {}) {
    this.port = null;
    this.ready = null; // Promise of the hello reply for the current port
    this.pending = new Map();
    this.nextId = 1;
    this.status = { state: 'unknown' };
    this.everConnected = false;
    this.backoff = 250;
    this.retryTimer = 0;
    this.onStatus = onStatus;
    this.onReconnect = onReconnect;
  }

  setStatus(status) {
    this.status = status;
    this.onStatus(status);
  }

  // Opens the port if needed and checks the host with `hello`. Resolves to the status.
  ensure() {
    if (this.port && this.ready) return this.ready;
    let port;
    try {
      port = chrome.runtime.connectNative(HOST_NAME);
    } catch (e) {
      this.setStatus({ state: 'missing', error: String(e && e.message) });
      return Promise.resolve(this.status);
    }
    this.port = port;
    port.onMessage.addListener((msg) => this.receive(msg));
    port.onDisconnect.addListener(() => this.disconnected(port));
    const wasConnected = this.everConnected;
    this.ready = this.send({ type: 'hello' }).then((hello) => {
      const status = judgeHello(hello);
      this.setStatus(status);
      if (status.state === 'ok') {
        this.backoff = 250;
        this.everConnected = true;
        if (wasConnected) this.onReconnect();
      }
      return status;
    }, (err) => this.status.state === 'unknown' ? { state: 'missing', error: String(err && err.message) } : this.status);
    return this.ready;
  }

  // Sends one request and resolves with its reply (or an error reply object from the host).
  async request(message) {
    const status = await this.ensure();
    if (status.state !== 'ok') throw Object.assign(new Error(status.error || status.state), { status });
    return this.send(message);
  }

  send(message) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('the host did not answer in time'));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.port.postMessage({ ...message, id });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(e);
      }
    });
  }

  receive(msg) {
    const entry = msg && this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);
    entry.resolve(msg);
  }

  disconnected(port) {
    if (port !== this.port) return;
    const error = chrome.runtime.lastError ? chrome.runtime.lastError.message : 'the host closed the connection';
    this.port = null;
    this.ready = null;
    for (const [, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(error));
    }
    this.pending.clear();
    // "not found" / "forbidden": not installed or not registered for this extension id.
    const missing = /not found|forbidden|access to the specified native messaging host/i.test(error);
    this.setStatus({ state: missing ? 'missing' : 'disconnected', error });
    // A host that was running and went away is started again; a missing one is retried on the
    // next page instead of in a loop.
    if (!missing && this.everConnected) {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.ensure(), this.backoff);
      this.backoff = Math.min(this.backoff * 2, MAX_BACKOFF_MS);
    }
  }
}

// Whether a hello reply is a host this extension can work with.
export function judgeHello(hello) {
  if (!hello || hello.type === 'error') {
    return { state: 'broken', error: hello && hello.error ? hello.error.message : 'no reply to hello' };
  }
  const info = { version: hello.version, protocol: hello.protocol, catalogue: hello.catalogue };
  if (hello.type !== 'hello' || hello.protocol !== PROTOCOL || hello.snapshotSchema !== SNAPSHOT_SCHEMA) {
    return { state: 'too-old', ...info, needed: PROTOCOL };
  }
  if (hello.catalogue && hello.catalogue.error) return { state: 'broken', ...info, error: hello.catalogue.error };
  return { state: 'ok', ...info };
}
