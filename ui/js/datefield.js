// Date and time fields that read in the app's language. A native <input type="date"> or "time"
// draws its parts in the order of the process's locale, not of the page: WebKitGTK picks the
// locale from the environment and ignores `lang` (tried: lang nb, sv and en-GB on the inputs and
// the page all showed 4 March 2031 as 03/04/2031, and 09:30 as 09:30 AM, under the C locale),
// and WebView2 and WKWebView follow the system's region. A Norwegian UI on an English system thus
// showed mm/dd/yyyy and a 12-hour clock, inviting 03.04 to be read as the 3rd of April. So the
// app draws its own (the cost: no calendar pop-up; typing a date is as quick): a text
// field showing the date as the UI's language writes it (nb 04.03.2031, sv 2031-03-04, en
// 04/03/2031, from Intl), with that pattern as its hint, reading back any of those orders or an
// ISO date. The core still checks what it gets: text that is not a date goes through unchanged
// and is refused there with the field's message, as a bad native value was.
import { t, currentLocale } from "./i18n.js";
import { h } from "./dom.js";

const intlTags = { en: "en-GB", nb: "nb-NO", sv: "sv-SE" };

/** The order of day, month and year in the UI's language, and the separator it writes. */
function layout() {
  const parts = new Intl.DateTimeFormat(intlTags[currentLocale()] ?? "en-GB", { day: "2-digit", month: "2-digit", year: "numeric" })
    .formatToParts(new Date(Date.UTC(2031, 2, 4)));
  const order = parts.filter((p) => ["day", "month", "year"].includes(p.type)).map((p) => p.type);
  const separator = parts.find((p) => p.type === "literal")?.value ?? "-";
  return { order, separator };
}

/** "2031-03-04" as the UI's language writes it ("04.03.2031"); anything else as it is. */
export function showDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return iso ?? "";
  const value = { year: m[1], month: m[2], day: m[3] };
  const { order, separator } = layout();
  return order.map((part) => value[part]).join(separator);
}

/** What the user typed as an ISO date ("2031-03-04"): in the UI's order, or year first; empty
 * stays empty; text that is no date is returned trimmed, for the core to refuse by name. */
export function readDate(text) {
  const typed = (text ?? "").trim();
  if (!typed) return "";
  const numbers = typed.split(/[^0-9]+/).filter(Boolean);
  if (numbers.length !== 3) return typed;
  const { order } = layout();
  const value = {};
  // A four-digit first number is a year: an ISO date (or a Swedish one) reads in any UI.
  const parts = numbers[0].length === 4 ? ["year", "month", "day"] : order;
  parts.forEach((part, i) => { value[part] = numbers[i]; });
  if (value.year.length !== 4 || value.month.length > 2 || value.day.length > 2) return typed;
  const iso = `${value.year}-${value.month.padStart(2, "0")}-${value.day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? typed : iso;
}

/** The pattern the field expects, in the language's own letters ("dd.mm.åååå"). */
export function datePattern() {
  const letters = { day: t("date-letters-day"), month: t("date-letters-month"), year: t("date-letters-year") };
  const { order, separator } = layout();
  return order.map((part) => letters[part]).join(separator);
}

/** A date field showing `value` (an ISO date or "") in the UI's language; read it back with
 * `readDate(field.value)`. A typed date is redrawn in the language's order when it changes. */
export function dateField(attrs, value = "") {
  const input = h("input", {
    type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: 10,
    placeholder: datePattern(), ...attrs, value: showDate(value),
    "data-date": "",
  });
  input.addEventListener("change", () => {
    const iso = readDate(input.value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) input.value = showDate(iso);
  });
  return input;
}

/** "9:30", "09.30", "0930" or "930" as "09:30"; empty stays empty; text that is no time of day
 * is returned trimmed, for the core (or the caller) to refuse. */
export function readTime(text) {
  const typed = (text ?? "").trim();
  if (!typed) return "";
  const m = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/.exec(typed);
  if (!m) return typed;
  const [hours, minutes] = [Number(m[1]), Number(m[2] ?? 0)];
  if (hours > 23 || minutes > 59) return typed;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** A time-of-day field, always on the 24-hour clock all three languages use ("09:30"); read it
 * back with `readTime(field.value)`. */
export function timeField(attrs, value = "") {
  const input = h("input", {
    type: "text", inputmode: "numeric", autocomplete: "off", spellcheck: "false", maxlength: 5,
    placeholder: t("time-letters"), ...attrs, value: readTime(value), "data-time": "",
  });
  input.addEventListener("change", () => {
    const time = readTime(input.value);
    if (/^\d{2}:\d{2}$/.test(time)) input.value = time;
  });
  return input;
}
