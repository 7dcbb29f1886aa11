// Texts and dates in the user's language. The Fluent source comes from the core (the same files
// it formats its own messages with); dates use the platform's Intl data.
import { FluentBundle, FluentResource } from "../vendor/fluent-bundle/index.js";
import { api } from "./api.js";

const intlTags = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" };
let bundle = null;
let locale = "en";

export async function loadTexts() {
  const { locale: loaded, ftl } = await api.texts();
  const next = new FluentBundle(loaded, { useIsolating: false });
  const errors = next.addResource(new FluentResource(ftl));
  if (errors.length) console.error("Fluent errors", errors);
  bundle = next;
  locale = loaded;
  document.documentElement.lang = loaded;
  translateStatic(document);
}

export function currentLocale() {
  return locale;
}

/** The text `id` with `args`; the id itself if it is missing, so a gap is visible, not blank. */
export function t(id, args) {
  const message = bundle?.getMessage(id);
  if (!message?.value) return id;
  return bundle.formatPattern(message.value, args);
}

/** Fills every element that names its text in a data-t attribute (the static parts of index.html). */
export function translateStatic(root) {
  for (const el of root.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const el of root.querySelectorAll("[data-t-label]")) el.setAttribute("aria-label", t(el.dataset.tLabel));
}

function intlTag() {
  return intlTags[locale] ?? "en-GB";
}

// Making an Intl formatter costs far more than using one (it loads locale data); a list of 100
// interviews asks for hundreds. Each distinct language and style is made once.
const formatters = new Map();

function dateFormat(options) {
  const key = JSON.stringify([intlTag(), options]);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(), options);
    formatters.set(key, format);
  }
  return format;
}

/** Formats an instant as it reads on the wall clock in `timeZone`. */
export function formatDateTime(iso, timeZone, style = {}) {
  return dateFormat({
    weekday: "long", day: "numeric", month: "long", year: "numeric",
    hour: "2-digit", minute: "2-digit", timeZone, ...style,
  }).format(new Date(iso));
}

export function formatParts(iso, timeZone) {
  const date = new Date(iso);
  const part = (options) => dateFormat({ timeZone, ...options }).format(date);
  return {
    day: part({ day: "numeric" }).replace(".", ""),
    month: part({ month: "short" }).replace(".", ""),
    weekday: part({ weekday: "short" }),
    time: part({ hour: "2-digit", minute: "2-digit" }),
    year: part({ year: "numeric" }),
  };
}

/** "tomorrow", "in 3 days", "2 weeks ago" — measured in calendar days where the user is. */
export function relativeDay(iso, now = new Date()) {
  const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOfDay(new Date(iso)) - startOfDay(now)) / 86_400_000);
  const key = JSON.stringify([intlTag(), "relative"]);
  if (!formatters.has(key)) formatters.set(key, new Intl.RelativeTimeFormat(intlTag(), { numeric: "auto" }));
  const rtf = formatters.get(key);
  if (Math.abs(days) < 14) return rtf.format(days, "day");
  if (Math.abs(days) < 60) return rtf.format(Math.round(days / 7), "week");
  return rtf.format(Math.round(days / 30), "month");
}

/** "a, b and c" in the user's language. */
export function formatList(items) {
  if (typeof Intl.ListFormat !== "function") return items.join(", ");
  const key = JSON.stringify([intlTag(), "list"]);
  if (!formatters.has(key)) formatters.set(key, new Intl.ListFormat(intlTag(), { style: "long", type: "conjunction" }));
  return formatters.get(key).format(items);
}

export function deviceTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
