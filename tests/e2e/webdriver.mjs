// A small W3C WebDriver client for tauri-driver. One kept-alive connection for every
// request: opening a connection per request drops at random with tauri-driver.
import fs from "node:fs";
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** tauri-driver's port: run.sh sets E2E_PORT (default 4444). */
const PORT = Number(process.env.E2E_PORT || 4444);
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
/** A request with no answer for this long is given up, so a hung driver (an app that never
 *  came up, say) fails the test instead of holding the whole run open. */
const SILENCE_MS = 150_000;

function request(method, path, body, port = PORT) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method, path, agent, headers: data ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) } : {} },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => {
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            return reject(new Error(`${method} ${path}: not JSON: ${text.slice(0, 200)}`));
          }
          if (res.statusCode >= 400) {
            const err = new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
            err.code = json.value?.error;
            return reject(err);
          }
          resolve(json.value);
        });
      },
    );
    req.on("error", reject);
    req.setTimeout(SILENCE_MS, () => req.destroy(new Error(`${method} ${path}: no answer from the driver in ${SILENCE_MS / 1000} s`)));
    if (data) req.write(data);
    req.end();
  });
}

function elementId(v) {
  const id = v?.[ELEMENT] ?? v?.ELEMENT;
  if (!id) throw new Error(`not an element: ${JSON.stringify(v)}`);
  return id;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Ends (SIGKILL) every process whose command line is exactly `command`. */
function endProcesses(command) {
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, -1);
      if (argv.length === command.length && argv.every((a, i) => a === command[i])) process.kill(Number(pid), "SIGKILL");
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

export class Session {
  static start(application, timeoutMs = 60_000) {
    return Session.startWithArgs(application, [], timeoutMs);
  }

  /** `port`: another tauri-driver's (a second app beside the first, see sync.test.mjs). */
  static async startWithArgs(application, args, timeoutMs = 60_000, port = PORT) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const value = await request(
          "POST",
          "/session",
          { capabilities: { alwaysMatch: { "tauri:options": { application, args } } } },
          port,
        );
        return new Session(value.sessionId, port, [application, ...args]);
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await sleep(500);
      }
    }
  }

  /** `command`: the app's command line, to end it if the driver loses the session. */
  constructor(id, port = PORT, command = null) {
    this.id = id;
    this.port = port;
    this.command = command;
  }

  cmd(method, path, body) {
    return request(method, `/session/${this.id}${path}`, body, this.port);
  }

  async quit() {
    const ended = await this.cmd("DELETE", "").then(
      () => true,
      () => false,
    );
    // A session the driver dropped (its page crashed) leaves the app running, and a running
    // app lets no second copy start: every later test would wait for the driver in vain.
    if (!ended && this.command) endProcesses(this.command);
  }

  async find(css) {
    const v = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return elementId(v);
  }

  async findAll(css) {
    const v = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return v.map(elementId);
  }

  /** Waits until `css` matches an element (and `check`, if given, holds for it), looking
   *  again every `every` ms. */
  async waitFor(css, { timeout = 20_000, check, every = 150 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const el = await this.find(css);
        if (!check || (await check(el))) return el;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${css}${last ? `: ${last.message}` : ""}`);
      await sleep(every);
    }
  }

  async waitGone(css, timeout = 30_000) {
    const deadline = Date.now() + timeout;
    while ((await this.findAll(css)).length) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${css} to go`);
      await sleep(200);
    }
  }

  async click(el) {
    try {
      await this.cmd("POST", `/element/${el}/click`, {});
    } catch (e) {
      // Say what covers the element, so a layout that overlaps is found at once.
      if (/intercepted/.test(String(e.message))) {
        const what = await this.exec(
          `const el = arguments[0]; const r = el.getBoundingClientRect();
           const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
           return el.outerHTML.slice(0, 100) + " is under " + (hit ? hit.outerHTML.slice(0, 100) : "nothing");`,
          [{ [ELEMENT]: el }],
        ).catch(() => "");
        e.message += ` (${what})`;
      }
      throw e;
    }
  }

  async type(el, text) {
    await this.cmd("POST", `/element/${el}/value`, { text });
  }

  async clear(el) {
    await this.cmd("POST", `/element/${el}/clear`, {});
  }

  async text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }

  async value(el) {
    return this.cmd("GET", `/element/${el}/property/value`);
  }

  async enabled(el) {
    return this.cmd("GET", `/element/${el}/enabled`);
  }

  async exec(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  async execAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  async keys(text) {
    // Key actions: used for shortcuts such as Ctrl+L.
    const actions = [];
    for (const k of text) actions.push({ type: "keyDown", value: k });
    for (const k of [...text].reverse()) actions.push({ type: "keyUp", value: k });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  /** Types `text` as a person would: each character a key press on whatever has the focus
   *  (the actions API), without element send-keys, which focuses the field first. */
  async typeKeys(text) {
    const actions = [];
    for (const k of text) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }

  async title() {
    return this.cmd("GET", "/title");
  }
}

export const Keys = { CONTROL: "\uE009", ENTER: "\uE007", TAB: "\uE004", ESCAPE: "\uE00C" };
