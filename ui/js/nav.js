// Navigation. The hash names the screen (the table is in main.js); this module draws the screen a
// hash names, marks the current tab, shows the way back, and remembers which entries of the
// history are the app's own. It knows the screens only through the table it is handed, so any
// screen may import it without a circle.
//
// The Android back gesture: Tauri 2's Android shell (AppPlugin.kt) calls the web view's goBack()
// whenever it can go back and no "back-button" listener is registered, and leaves the app only on
// the first entry. Every screen change here is a new history entry (a hash), so the gesture walks
// back through the screens as they were visited; no listener (and no permission) is needed.
import { loadTexts } from "./i18n.js";
import { h, backIcon } from "./dom.js";
import { showError } from "./feedback.js";

let routes = [];
let renderCount = 0;
// Where this entry sits in the app's own history: 0 is the entry the app opened on.
let depth = -1;
let here = null;
let previous = null;
// A replace (going up to a parent not visited just before) keeps the entry's depth.
let replacing = false;

/** Starts drawing the screen each hash names. `table` lists { pattern, screen, nav, param, parent };
 * `screen` loads the screen's module. */
export function startRouter(table) {
  routes = table;
  window.addEventListener("hashchange", route);
  document.getElementById("back")?.addEventListener("click", (event) => {
    event.preventDefault();
    goUp(event.currentTarget.getAttribute("href"));
  });
  return route();
}

/** Draws the current screen again from fresh data. */
export function rerender() {
  return route();
}

/** Re-reads the texts (after a language change) and draws the current screen again. */
export async function refresh() {
  await loadTexts();
  await route();
}

/** Notes this history entry as the app's: its depth and the hash of the entry before it. */
function remember(hash) {
  const state = history.state;
  if (state && typeof state.depth === "number" && state.hash === hash) {
    ({ depth, previous } = state);
  } else if (replacing && depth >= 0) {
    // The same place in the history, another screen: depth and the entry before stay.
    history.replaceState({ depth, hash, previous }, "");
  } else {
    previous = depth >= 0 ? here : null;
    depth += 1;
    history.replaceState({ depth, hash, previous }, "");
  }
  replacing = false;
  here = hash;
}

/**
 * Goes to `parent`, the screen a sub-screen belongs to: back through the history when the entry
 * before this one is that very screen (so back and forth never pile up), otherwise in place of
 * this entry (an interview opened from a reminder goes up to its page, and the back gesture then
 * leaves, as it would have from the reminder's screen).
 */
export function goUp(parent) {
  const state = history.state;
  if (state?.depth > 0 && state.previous === parent) {
    history.back();
  } else {
    replacing = true;
    location.replace(parent);
  }
}

/** Leaves a finished screen (a saved form, a finished reflection) for `target`, so the back
 * gesture does not return to what was just finished. */
export function leaveFor(target) {
  goUp(target);
}

/** A link back to `parent`, labelled `label`, that goes back the way `goUp` does. */
export function backLink(parent, label, attrs = {}) {
  return h("p", { class: "back-row" },
    h("a", { href: parent, class: "button quiet back-link", ...attrs, onClick: (event) => {
      event.preventDefault();
      goUp(parent);
    } }, backIcon(20), h("span", {}, label)));
}

function markTab(nav) {
  for (const link of document.querySelectorAll("#nav a")) {
    if (link.dataset.route === nav) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** The top bar's back button: shown on sub-screens (on phones; see .topbar-back in app.css). */
function paintBack(parent) {
  const back = document.getElementById("back");
  if (!back) return;
  back.hidden = !parent;
  if (parent) back.setAttribute("href", parent);
  back.closest(".topbar")?.classList.toggle("has-back", Boolean(parent));
}

async function route() {
  const hash = location.hash || "#/";
  const match = routes.find((r) => r.pattern.test(hash)) ?? routes[0];
  const number = Number(hash.match(match.pattern)?.[1]) || null;
  remember(hash);
  markTab(match.nav);
  paintBack(match.parent?.(number) ?? null);
  const token = ++renderCount;
  let screen = null;
  try {
    screen = await match.screen();
    const context = { id: null, after: null, isCurrent: () => token === renderCount };
    context[match.param ?? "id"] = number;
    await screen.render(context);
  } catch (error) {
    showError(error);
  }
  document.body.dataset.screen = screen?.name ?? "";
}

/** Marks the first screen as whole (its strips too): the end-to-end tests wait for the mark,
 * the start-up benchmark and the work put off until then hear the event. */
export function firstScreenShown() {
  if (document.body.dataset.ready !== "true") window.__TAURI__?.event?.emit("intervju://first-screen");
  document.body.dataset.ready = "true";
}
