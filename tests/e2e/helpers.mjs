// Drives the real app: tauri-driver in front of WebKitWebDriver, the debug binary, a private data
// folder, and ImageMagick for screenshots (WebKitWebDriver's own screenshot hangs under Xvfb).
// No test waits a fixed time: each waits for what it needs (an element, a saved state, a file, a
// process gone) with a deadline, through `until`.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import net from "node:net";
import assert from "node:assert/strict";
import { Builder, By, until as driverUntil } from "selenium-webdriver";

export { By, driverUntil };
export const APP = resolve("target/debug/intervju");
export const SHOTS = resolve("target/screenshots");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

// E2E_PORT lets two checkouts on one machine run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4444;

/**
 * Polls `condition` (sync or async) until it returns something truthy, and returns that. Fails
 * after `timeout` ms with `what` and the last value seen. The interval is only how often it
 * looks; the test goes on as soon as the condition holds.
 */
export async function until(condition, { timeout = 10_000, interval = 100, what = "the condition" } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() >= deadline) {
      throw new Error(`${what} did not happen within ${timeout} ms (last seen: ${JSON.stringify(value)})`);
    }
    await sleep(interval);
  }
}

/**
 * Starts tauri-driver with the app's environment; every app it launches shares `dataDir`. A
 * second app beside the first (`port` and `nativePort` of its own) needs a D-Bus session of its
 * own too (`ownSession`), or the single-instance app would hand over to the first.
 */
export async function startDriver({ dataDir = mkdtempSync(join(tmpdir(), "intervju-e2e-")), locale = "en_GB.UTF-8", env = {}, port = PORT, nativePort = port + 1, ownSession = false } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  if (await portOpen(port)) throw new Error(`port ${port} is taken: is another tauri-driver still running?`);
  // An app an earlier test left behind would take this test's launches for second starts.
  if (!ownSession) for (const pid of runningApps()) await gone(pid);
  const driverArgs = ["--port", String(port), "--native-port", String(nativePort)];
  const [command, args] = ownSession ? ["dbus-run-session", ["--", "tauri-driver", ...driverArgs]] : ["tauri-driver", driverArgs];
  const child = spawn(command, args, {
    // Off the network unless a test asks (mDNS would go out of this machine's interfaces).
    env: { ...process.env, INTERVJU_DATA_DIR: dataDir, LANG: locale, LC_ALL: locale, WEBKIT_DISABLE_COMPOSITING_MODE: "1", INTERVJU_LAN: "off", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((done) => child.once("exit", done));
  process.once("exit", () => child.kill());
  await until(() => portOpen(port), { timeout: 10_000, what: `tauri-driver listening on ${port}` });
  /** Stops the driver and waits until the apps it started are gone too: the app is a single
   * instance, so one still closing would take the next test's launch for a second start. */
  const stop = async () => {
    const below = descendants(child.pid);
    const apps = runningApps().filter((pid) => below.includes(pid));
    // Under its own session the driver is a child of dbus-run-session, which does not pass on
    // the signal.
    if (ownSession) for (const pid of below) try { process.kill(pid); } catch { /* gone */ }
    child.kill();
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) {
      console.log(`tauri-driver (pid ${child.pid}) did not stop within 10 s: killed`);
      child.kill("SIGKILL");
      await exited;
    }
    for (const pid of apps) await gone(pid);
  };
  return { child, dataDir, stop, port };
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = net.connect(port, "127.0.0.1", () => { socket.end(); done(true); });
    socket.on("error", () => done(false));
  });
}

/** Every process below `pid` (children, their children, …), read from /proc. */
function descendants(pid) {
  let children = [];
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  for (const task of tasks) {
    try {
      children = children.concat(readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Whether `pid` is still a running process (a zombie waiting to be reaped counts as gone). */
export function alive(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The pid of the app this test's driver started (tauri-driver → WebKitWebDriver → the app):
 * only that process is ever signalled, never one found by its name. */
export function appPid(service) {
  const below = descendants(service.child.pid);
  const apps = runningApps().filter((pid) => below.includes(pid));
  if (apps.length !== 1) throw new Error(`expected one app under the driver (pid ${service.child.pid}), found ${JSON.stringify(apps)}`);
  return apps[0];
}

/** The app's windows that are on the screen (mapped), by the X server's word. */
export function windowsShown(pid) {
  try {
    return execFileSync("xdotool", ["search", "--onlyvisible", "--pid", String(pid)], { stdio: ["ignore", "pipe", "ignore"] })
      .toString().trim().split("\n").filter(Boolean);
  } catch {
    return []; // xdotool exits with 1 when it finds nothing
  }
}

/** Every running process of this checkout's app binary. */
export function runningApps() {
  return readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      // The binary may have been rebuilt since the app started ("… (deleted)"); the command
      // line still names it.
      const exe = readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
      return (exe === APP || readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] === APP) && alive(pid);
    } catch {
      return false;
    }
  });
}

/** Waits until `pid` has ended; one still there after 20 s is killed (and said so). */
async function gone(pid) {
  try {
    await until(() => !alive(pid), { timeout: 20_000, interval: 100, what: `the app (pid ${pid}) ending with its driver` });
  } catch (error) {
    console.log(`${error.message}: killed`);
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // It ended meanwhile.
    }
    await until(() => !alive(pid), { timeout: 5000, what: `the app (pid ${pid}) gone after SIGKILL` });
  }
}

/** Launches the app and waits for its first screen; `args` go on its command line (a file to
 * open, as "Open with" starts it). A session that is not made within a minute fails with the
 * apps running at that moment (a second start hands over to a first one and leaves, and the
 * driver would wait for it for ever). */
export async function launch(size = DESKTOP, { timeout = 20_000, port = PORT, args = [] } = {}) {
  const before = runningApps();
  let timer;
  const session = new Builder()
    .usingServer(`http://127.0.0.1:${port}/`)
    .withCapabilities({ browserName: "wry", "tauri:options": { application: APP, args } })
    .build();
  const deadline = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(
      `no WebDriver session within 60 s; apps running before the launch: ${JSON.stringify(before)}, now: ${JSON.stringify(runningApps())}`)), 60_000);
  });
  const driver = await Promise.race([session, deadline]).finally(() => clearTimeout(timer));
  await resize(driver, size);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.ready")) === "true", timeout);
  return driver;
}

/** Resizes the window and waits until the page has the new size and has painted at it. */
export async function resize(driver, { width, height }) {
  await driver.manage().window().setRect({ width, height, x: 0, y: 0 });
  await until(async () => {
    const [w, h] = await driver.executeScript("return [window.innerWidth, window.innerHeight]");
    return w === width && h === height;
  }, { timeout: 5000, what: `the page at ${width}×${height}` });
  await painted(driver);
}

/** Waits until the page has drawn two more frames: what was just changed is on the screen. */
export async function painted(driver) {
  await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    requestAnimationFrame(() => requestAnimationFrame(() => done()));`);
}

export async function waitFor(driver, css, timeout = 10_000) {
  for (let attempt = 0; ; attempt++) {
    try {
      const el = await driver.wait(driverUntil.elementLocated(By.css(css)), timeout);
      await driver.wait(driverUntil.elementIsVisible(el), timeout);
      return el;
    } catch (error) {
      // The screen redrew between finding the element and looking at it: find it again.
      if (error.name !== "StaleElementReferenceError" || attempt >= 3) throw error;
    }
  }
}

/** The visible text of the first match, read in the page so a redraw cannot make it stale. */
export async function text(driver, css) {
  await waitFor(driver, css);
  return driver.executeScript("const el = document.querySelector(arguments[0]); return el ? el.innerText.trim() : null;", css);
}

/**
 * Waits until the first match of `css` shows `expected` (a string, or a RegExp it matches), and
 * fails with what it showed last. Text read right after a click or a route change may still be
 * the old screen's; this gives the new one its moment without guessing how long that is.
 */
export async function expectText(driver, css, expected, { timeout = 5000 } = {}) {
  const matches = (shown) => (expected instanceof RegExp ? expected.test(shown ?? "") : shown === expected);
  let shown;
  try {
    await until(async () => matches(shown = await text(driver, css)), { timeout, what: `${css} showing ${expected}` });
  } catch {
    if (expected instanceof RegExp) assert.match(shown ?? "", expected, `${css} within ${timeout} ms`);
    assert.equal(shown, expected, `${css} within ${timeout} ms`);
  }
}

/** Clicks as a person would: the element is brought to the middle of the screen first, clear of
 * the sticky action bar. */
export async function click(driver, css) {
  for (let attempt = 0; ; attempt++) {
    try {
      const el = await waitFor(driver, css);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", el);
      await el.click();
      return;
    } catch (error) {
      // The screen redrew between finding and clicking: find it again.
      if (error.name !== "StaleElementReferenceError" || attempt >= 3) throw error;
    }
  }
}

/** Leaves the welcome screen by "skip" and waits for the list: the welcome saves the choice
 * first and only then goes to the list, so a route set before that would be overridden. */
export async function skipWelcome(driver) {
  await click(driver, "#welcome-skip");
  await until(async () => (await driver.executeScript("return [location.hash, document.body.dataset.screen]")).join() === "#/,list",
    { what: "the list after skipping the welcome" });
}

/** Types into an input as a person would, replacing what was there. A redraw between finding
 * the input and typing (the list it belongs to was just saved) finds it again. */
export async function type(driver, css, value) {
  for (let attempt = 0; ; attempt++) {
    try {
      const el = await waitFor(driver, css);
      await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", el);
      await el.clear();
      await el.sendKeys(value);
      return;
    } catch (error) {
      if (error.name !== "StaleElementReferenceError" || attempt >= 3) throw error;
    }
  }
}

/** Sets a date or time input (their pickers differ between engines) and tells the page. */
export async function setValue(driver, css, value) {
  await driver.executeScript(
    "const el = document.querySelector(arguments[0]); el.value = arguments[1]; el.dispatchEvent(new Event('input', { bubbles: true }));",
    css, value);
}

/**
 * Calls a command as the UI does (ui/js/api.js: the request as JSON bytes) and returns its
 * answer; a refusal throws an Error carrying the command's `{code, message, fields}` as `.payload`.
 */
export async function invoke(driver, command, request = {}) {
  const answer = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.__TAURI__.core.invoke(arguments[0], new TextEncoder().encode(JSON.stringify(arguments[1])))
      .then((value) => done({ ok: true, value: value ?? null }), (error) => done({ ok: false, error }));`,
  command, request);
  if (answer.ok) return answer.value;
  const error = new Error(`${command} was refused: ${JSON.stringify(answer.error)}`);
  error.payload = answer.error;
  throw error;
}

/** Screenshot of the app's window, as the user sees it, into target/screenshots/NAME.png. */
export async function screenshot(driver, name) {
  await painted(driver);
  const rect = await driver.manage().window().getRect();
  const file = join(SHOTS, `${name}.png`);
  execFileSync("import", ["-window", "root", "-crop", `${rect.width}x${rect.height}+${rect.x}+${rect.y}`, "+repage", file]);
  return file;
}

// The system's file dialogs are real GTK windows on the test's X display; xdotool finds them and
// types into them as a person would. No window manager runs under Xvfb: the pointer decides where
// keys go, so it rests on the dialog, and the dialog is also given the input focus.

const DIALOG_TITLES =
  "Save the export|Choose a file to import|Save the changes for your other device|Choose a file of changes from your other device";

function visibleWindow(title) {
  try {
    return execFileSync("xdotool", ["search", "--onlyvisible", "--name", title], { stdio: ["ignore", "pipe", "ignore"] })
      .toString().trim().split("\n")[0] || null;
  } catch {
    return null;
  }
}

function focusedWindow() {
  try {
    return execFileSync("xdotool", ["getwindowfocus", "-f"], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
  } catch {
    return null;
  }
}

/** Whether a file dialog of the app is open. */
export function dialogOpen() {
  return visibleWindow(DIALOG_TITLES) !== null;
}

/** Waits for a file dialog titled `title` and gives it the keyboard: the pointer on it and the
 * input focus in it (checked, not assumed). */
export async function answerDialog(title) {
  const window = await until(() => visibleWindow(title), { timeout: 15_000, interval: 100, what: `the "${title}" dialog` });
  execFileSync("xdotool", ["mousemove", "--window", window, "20", "20"]);
  await until(() => {
    try {
      execFileSync("xdotool", ["windowfocus", window], { stdio: "ignore" });
    } catch {
      // Not viewable yet; the next look tries again.
    }
    return focusedWindow() === window;
  }, { timeout: 5000, what: `the keyboard in the "${title}" dialog` });
  return window;
}

/** Types a path into the dialog — over the suggested name (save), or into the location field
 * that Ctrl+L opens (open) — and presses Enter until the dialog has closed. The location field's
 * completion may take an Enter for itself, so a second one is pressed while the dialog stays
 * open. A dialog that has only just appeared may drop the first keys (GTK is still filling its
 * list of recent files, which grows with every run on the machine): then the path was never
 * typed, and the whole sequence starts again over whatever the field holds. */
export async function typeInto(path, { open = false } = {}) {
  const closed = async () => {
    try {
      await until(() => !dialogOpen(), { timeout: 2000, interval: 50, what: "the dialog closing" });
      return true;
    } catch {
      return false;
    }
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (open) execFileSync("xdotool", ["key", "--clearmodifiers", "ctrl+l"]);
    execFileSync("xdotool", ["key", "--clearmodifiers", "ctrl+a"]);
    execFileSync("xdotool", ["type", "--delay", "20", path]);
    for (let enter = 0; enter < 2; enter++) {
      execFileSync("xdotool", ["key", "Return"]);
      if (await closed()) return;
    }
  }
  throw new Error(`the dialog did not take the path ${path}`);
}

/**
 * Starts a real org.freedesktop.Notifications server (tests/e2e/notify_server.py) on the test's
 * session bus. `sent()` lists the notifications it received so far (`{id, app, summary, body,
 * actions}`); `stop()` ends it. With `actions` it says it shows actions, and `invoke(id, key)`
 * plays the user: the server emits ActionInvoked(id, key), then NotificationClosed(id, 2).
 */
export async function startNotificationServer({ actions = false } = {}) {
  const log = join(mkdtempSync(join(tmpdir(), "intervju-notify-")), "notifications.jsonl");
  const args = ["tests/e2e/notify_server.py", log, ...(actions ? ["--actions"] : [])];
  const server = spawn("/usr/bin/python3", args, { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise((ready, fail) => {
    server.stdout.once("data", ready);
    server.once("exit", (code) => fail(new Error(`notification server exited with ${code}`)));
  });
  const lines = () => existsSync(log)
    ? readFileSync(log, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line))
    : [];
  const sent = () => lines().filter((entry) => "summary" in entry);
  /** Clicks notification `id`'s action `key` ("default": the notification itself), and waits
   * until the server has sent the signals. */
  const invoke = async (id, key) => {
    const before = lines().filter((entry) => "invoked" in entry).length;
    server.stdin.write(`${JSON.stringify({ invoke: id, action: key })}\n`);
    await until(() => lines().filter((entry) => "invoked" in entry).length > before,
      { timeout: 5000, what: `the notification server invoking ${key} on ${id}` });
  };
  return { sent, invoke, stop: () => server.kill() };
}

/** The smallest phone we design for, at its shortest. */
export const SMALL_PHONE = { width: 360, height: 640 };

/**
 * Looks at the screen as drawn and returns what is wrong with it on a phone:
 * `wide` — elements reaching past the window's sides (unless a box of their own scrolls or clips
 * them), `scrollWidth` beside `clientWidth` (the page must never scroll sideways), `small` —
 * visible things to tap (links, buttons, summaries, fields, and each checkbox or radio by the
 * label around it) smaller than `minTap` in either direction, and `smallest`, the smallest
 * tap target found (width × height), whatever the verdict.
 */
export async function layoutReport(driver, { minTap = 44 } = {}) {
  return driver.executeScript(`
    const minTap = arguments[0];
    const root = document.documentElement;
    const vw = root.clientWidth;
    const classOf = (el) => (el.getAttribute("class") ?? "").trim().split(/\\s+/).filter(Boolean).map((c) => "." + c).join("");
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + classOf(el)
      + (el.textContent?.trim() ? ' "' + el.textContent.trim().replace(/\\s+/g, " ").slice(0, 40) + '"' : "");
    const clipsSideways = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const wide = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      // Not drawn, visually hidden (1 px, for screen readers) or parked off screen (the skip link).
      if (r.width <= 1 || r.height <= 1 || r.right <= 0) continue;
      if (r.right <= vw + 0.5 && r.left >= -0.5) continue;
      let box = el.parentElement;
      let held = false;
      for (; box && box !== document.body; box = box.parentElement) {
        const b = box.getBoundingClientRect();
        if (clipsSideways(box) && b.right <= vw + 0.5 && b.left >= -0.5) { held = true; break; }
      }
      if (!held) wide.push(describe(el) + " (" + Math.round(r.left) + "–" + Math.round(r.right) + " px)");
    }
    const small = [];
    let smallest = null;
    const targets = document.querySelectorAll('a[href], button, summary, select, textarea, input:not([type="hidden"]), [role="button"], [tabindex="0"]');
    for (const el of targets) {
      let target = el;
      if (el.matches('input[type="checkbox"], input[type="radio"]')) {
        target = el.closest("label") ?? (el.id ? document.querySelector('label[for="' + CSS.escape(el.id) + '"]') : null) ?? el;
      }
      const r = target.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || r.right <= 0 || getComputedStyle(target).visibility === "hidden") continue;
      const size = { what: describe(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
      const rank = (s) => [Math.min(s.width, s.height), s.width * s.height];
      if (!smallest || rank(size)[0] < rank(smallest)[0] || (rank(size)[0] === rank(smallest)[0] && rank(size)[1] < rank(smallest)[1])) smallest = size;
      if (r.width < minTap - 0.5 || r.height < minTap - 0.5) small.push(size);
    }
    // When the page scrolls sideways but nothing sticks out, some box's own content does (a
    // select's long choice, say): the innermost boxes wider inside than outside are named.
    if (root.scrollWidth > vw && wide.length === 0) {
      const inner = [...document.body.querySelectorAll("*")].filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
        && getComputedStyle(el).overflowX === "visible");
      for (const el of inner.filter((el) => !inner.some((other) => other !== el && el.contains(other)))) wide.push(describe(el) + " (its content is " + el.scrollWidth + " px wide in " + el.clientWidth + ")");
    }
    return { scrollWidth: root.scrollWidth, clientWidth: vw, wide: wide.slice(0, 10), small, smallest };`, minTap);
}

/** Whether the bottom tab bar (on phones) leaves the end of the page uncovered: scrolled to the
 * bottom, nothing in the page reaches under the bar. Returns the overlap in px (0 when clear). */
export async function tabBarOverlap(driver) {
  return driver.executeScript(`
    const nav = document.getElementById("nav");
    if (!nav || getComputedStyle(nav).position !== "fixed") return 0;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const top = nav.getBoundingClientRect().top;
    let bottom = 0;
    for (const el of document.querySelectorAll("main *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 1 && r.height > 1) bottom = Math.max(bottom, r.bottom);
    }
    return Math.max(0, Math.round(bottom - top));`);
}
