// Drives the real app: tauri-driver in front of WebKitWebDriver, the debug binary, a private data
// folder, and ImageMagick for screenshots (WebKitWebDriver's own screenshot hangs under Xvfb).
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import net from "node:net";
import { Builder, By, until } from "selenium-webdriver";

export { By, until };
export const APP = resolve("target/debug/intervju");
export const SHOTS = resolve("target/screenshots");
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

const PORT = 4444;

/** Starts tauri-driver with the app's environment; every app it launches shares `dataDir`. */
export async function startDriver({ dataDir = mkdtempSync(join(tmpdir(), "intervju-e2e-")), locale = "en_GB.UTF-8" } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  if (await portOpen(PORT)) throw new Error(`port ${PORT} is taken: is another tauri-driver still running?`);
  const child = spawn("tauri-driver", ["--port", String(PORT)], {
    env: { ...process.env, INTERVJU_DATA_DIR: dataDir, LANG: locale, LC_ALL: locale, WEBKIT_DISABLE_COMPOSITING_MODE: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((done) => child.once("exit", done));
  process.once("exit", () => child.kill());
  await waitForPort(PORT);
  /** Stops the driver and waits until its port is free again. */
  const stop = async () => {
    child.kill();
    await exited;
  };
  return { child, dataDir, stop };
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = net.connect(port, "127.0.0.1", () => { socket.end(); done(true); });
    socket.on("error", () => done(false));
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    if (await portOpen(port)) return;
    await sleep(100);
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

/** Launches the app and waits for its first screen. */
export async function launch(size = DESKTOP) {
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${PORT}/`)
    .withCapabilities({ browserName: "wry", "tauri:options": { application: APP } })
    .build();
  await resize(driver, size);
  await driver.wait(async () => (await driver.executeScript("return document.body.dataset.ready")) === "true", 20_000);
  return driver;
}

export async function resize(driver, { width, height }) {
  await driver.manage().window().setRect({ width, height, x: 0, y: 0 });
  await sleep(400);
}

export async function waitFor(driver, css, timeout = 10_000) {
  for (let attempt = 0; ; attempt++) {
    try {
      const el = await driver.wait(until.elementLocated(By.css(css)), timeout);
      await driver.wait(until.elementIsVisible(el), timeout);
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

/** Screenshot of the app's window, as the user sees it, into target/screenshots/NAME.png. */
export async function screenshot(driver, name) {
  await sleep(300);
  const rect = await driver.manage().window().getRect();
  const file = join(SHOTS, `${name}.png`);
  execFileSync("import", ["-window", "root", "-crop", `${rect.width}x${rect.height}+${rect.x}+${rect.y}`, "+repage", file]);
  return file;
}
