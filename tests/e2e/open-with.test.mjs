// "Open with Intervju" and a drop on the window, at phone size. The .deb's desktop entry (the
// debug binary bundled with the Tauri CLI, unpacked with dpkg-deb) declares text/calendar and
// passes the file it is opened with; the app started with an invitation shows it for checking; a
// second start while it runs — the entry's own Exec line, with a path relative to the folder it
// starts in — hands its invitation to the running window; a file that is not an invitation is
// refused in words and changes nothing; and a file dragged from another window (a real X drag
// and drop, from tests/e2e/drag_source.rs, moved by xdotool) goes the same way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDriver, launch, waitFor, click, expectText, screenshot, until, invoke as call, APP, PHONE } from "./helpers.mjs";

let driver;
let service;

before(async () => {
  service = await startDriver();
});

after(async () => {
  await driver?.quit().catch(() => {});
  await service?.stop();
});

const FIXTURES = resolve("src-tauri/core/tests/fixtures/ics");
const fixture = (name) => join(FIXTURES, name);
const value = (css) => driver.executeScript("return document.querySelector(arguments[0]).value", css);
const hash = () => driver.executeScript("return location.hash");

/** The unpacked .deb's desktop entry, as key → value. */
let entry;

/** Runs the desktop entry's Exec line as a launcher does for `files` (%F: each file as an
 * argument; %U: each as a file URI), from `cwd`, with the app's environment, and waits for that
 * process to end: a second start hands over to the running app and leaves. */
async function openWith(files, cwd) {
  const [program, ...rest] = entry.Exec.split(" ");
  assert.equal(program, "intervju", "the entry starts the installed binary");
  const args = rest.flatMap((arg) => (arg === "%F" ? files : arg === "%U" ? files.map((f) => `file://${resolve(cwd, f)}`) : [arg]));
  const second = spawn(APP, args, { cwd, env: { ...process.env, INTERVJU_DATA_DIR: service.dataDir }, stdio: "ignore" });
  return new Promise((done, fail) => {
    const timer = setTimeout(() => { second.kill("SIGKILL"); fail(new Error("the second start kept running")); }, 15_000);
    second.once("exit", (code) => { clearTimeout(timer); done(code); });
  });
}

test("the .deb's desktop entry declares calendar files and passes the file it opens", () => {
  // The debug binary, already built: only the packaging is done here (about 20 s).
  execFileSync("npx", ["tauri", "bundle", "--debug", "--bundles", "deb"], { stdio: ["ignore", "ignore", "inherit"], timeout: 300_000 });
  const dir = resolve("target/debug/bundle/deb");
  const debs = readdirSync(dir).filter((f) => f.endsWith(".deb")).map((f) => join(dir, f));
  const deb = debs.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  assert.ok(deb, "a .deb was written");
  const root = mkdtempSync(join(tmpdir(), "intervju-deb-"));
  execFileSync("dpkg-deb", ["-x", deb, root]);
  const text = readFileSync(join(root, "usr/share/applications/Intervju.desktop"), "utf8");
  entry = Object.fromEntries(text.split("\n").filter((l) => l.includes("=")).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
  assert.ok(entry.MimeType?.split(";").includes("text/calendar"), `MimeType= lists text/calendar: ${text}`);
  assert.match(entry.Exec, /^intervju %[FU]$/, "Exec= passes the files (%F or %U)");
  assert.ok(statSync(join(root, "usr/bin/intervju")).isFile(), "the binary the entry starts is installed");
  // The menu's line in each language of the app.
  assert.ok(entry["Comment[nb]"] && entry["Comment[sv]"] && entry.Comment, text);
});

test("started with an invitation, the app opens it for checking", async () => {
  driver = await launch(PHONE, { args: [fixture("13-exchange-request-nb.ics")] });
  await waitFor(driver, "#imported-notice");
  await expectText(driver, "h1", "Check the invitation");
  assert.equal(await value("#f-company"), "Equinor");
  assert.equal(await value("#f-role"), "Dataingeniør");
  assert.equal(await value("#f-zone"), "Europe/Berlin");
  assert.equal(await value("#f-contact-name"), "Hanne Berg");
  await screenshot(driver, "open-with-start-phone");
  await click(driver, "#save-interview");
  await until(async () => /^#\/i\/\d+$/.test(await hash()), { what: "the saved interview's page" });
});

test("a second start with a relative path hands its invitation to the running app", async () => {
  const id = Number((await hash()).split("/").pop());
  // From the fixtures' folder, as a file manager starts it beside the file.
  assert.equal(await openWith(["14-exchange-update-nb.ics"], FIXTURES), 0);
  await expectText(driver, "#invitation-title", "The invitation has a new time");
  await expectText(driver, "#invitation-new", /11 February 2027.*13:00/s);
  await expectText(driver, "#invitation-now", /10 February 2027/);
  await screenshot(driver, "open-with-second-start-phone");
  await click(driver, "#invitation-move");
  await until(async () => (await hash()) === `#/i/${id}`, { what: "the moved interview's page" });
  assert.equal((await call(driver, "get_interview", { id })).startLocal, "2027-02-11T13:00");
  // A new invitation the same way opens the form, filled in from the file.
  assert.equal(await openWith(["17-zoom-en.ics"], FIXTURES), 0);
  await waitFor(driver, "#imported-notice");
  await until(async () => (await value("#f-company")) === "Northwind Labs", { what: "the form filled from 17-zoom-en.ics" });
  assert.equal(await hash(), "#/new");
});

test("a file that is not an invitation is refused in words and changes nothing", async () => {
  await driver.executeScript(`location.hash = "#/"`);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "list", { what: "the list" });
  const before = await call(driver, "list_interviews", {});
  const notes = join(mkdtempSync(join(tmpdir(), "intervju-notes-")), "notes.txt");
  writeFileSync(notes, "Remember to bring the portfolio.\n");
  assert.equal(await openWith([notes], tmpdir()), 0);
  await expectText(driver, "#toast", "This file is not a calendar invitation (.ics).");
  await screenshot(driver, "open-with-refused-phone");
  assert.equal(await hash(), "#/");
  assert.deepEqual(await call(driver, "list_interviews", {}), before);
});

/** Drags `file` from a GTK window at (900, 100) onto the middle of the app's window, with real
 * pointer events (xdotool), and waits until the source saw the drop end. */
async function drop(file) {
  // Built by `cargo test` with the other targets (make test); built here when it was not.
  const program = resolve("target/debug/examples/drag-source");
  if (!existsSync(program)) execFileSync("cargo", ["build", "--quiet", "--example", "drag-source"], { stdio: ["ignore", "ignore", "inherit"] });
  const source = spawn(program, [file, "900", "100"], { stdio: ["ignore", "pipe", "inherit"] });
  let said = "";
  source.stdout.on("data", (chunk) => { said += chunk; });
  try {
    await until(() => said.includes("ready"), { timeout: 15_000, what: "the drag source's window" });
    const move = (x, y) => execFileSync("xdotool", ["mousemove", String(x), String(y)]);
    move(980, 180);
    execFileSync("xdotool", ["mousedown", "1"]);
    // In steps, as a hand moves: GTK starts a drag past its threshold, and the app's window
    // hears the drag enter and move before the drop.
    for (let step = 1; step <= 12; step++) {
      move(Math.round(980 - (step * (980 - 195)) / 12), Math.round(180 + (step * (420 - 180)) / 12));
      await new Promise((next) => setTimeout(next, 50));
    }
    execFileSync("xdotool", ["mouseup", "1"]);
    await until(() => said.includes("dropped"), { timeout: 10_000, what: "the drop to end" });
  } finally {
    source.kill();
  }
}

test("an invitation dropped on the window opens for checking; a PDF is refused in words", async () => {
  await driver.executeScript(`location.hash = "#/"`);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "list", { what: "the list" });
  await drop(fixture("16-google-meet-sv.ics"));
  await waitFor(driver, "#imported-notice");
  assert.equal(await hash(), "#/new");
  await until(async () => (await value("#f-company")) === "Spotify", { what: "the form filled from the dropped file" });
  await screenshot(driver, "open-with-dropped-phone");

  await driver.executeScript(`location.hash = "#/"`);
  await until(async () => (await driver.executeScript("return document.body.dataset.screen")) === "list", { what: "the list" });
  const before = await call(driver, "list_interviews", {});
  const cv = join(mkdtempSync(join(tmpdir(), "intervju-cv-")), "cv.pdf");
  // A PDF's start, with the binary line PDF writers add (not UTF-8).
  writeFileSync(cv, Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n")]));
  // An earlier refusal's words must not count for this one.
  await driver.executeScript(`document.getElementById("toast").textContent = ""`);
  await drop(cv);
  await expectText(driver, "#toast", "This file is not a calendar invitation (.ics).");
  assert.equal(await hash(), "#/");
  assert.deepEqual(await call(driver, "list_interviews", {}), before);
});
