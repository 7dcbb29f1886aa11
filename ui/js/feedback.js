// What the app tells the user in passing: a short toast (a save, a copy, a refusal), and the
// whole-screen error when a screen could not be drawn. Shared by every screen, so it lives apart
// from the router: no screen needs main.js or nav.js to say something went wrong.
import { ApiError } from "./api.js";
import { t } from "./i18n.js";
import { h, show } from "./dom.js";

// Long enough to read a short sentence, short enough not to linger over the screen.
const TOAST_MS = 3000;
let toastTimer;

/** Shows `text` for a moment above the tab bar. It never takes a tap (see .toast in app.css). */
export function toast(text) {
  const el = document.getElementById("toast");
  el.textContent = text;
  el.classList.add("show");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove("show"), TOAST_MS);
}

/** Replaces the screen with the failure in words: the core's own message, or a general one. */
export function showError(error) {
  const message = error instanceof ApiError && error.code !== "unexpected" ? error.message : t("error-unexpected");
  show(h("section", { class: "fatal card", role: "alert" },
    h("h1", {}, t("app-name")),
    h("p", {}, message)));
}
