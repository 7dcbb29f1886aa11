// Reminders in the window: what came due is listed first, on every screen, with a way to open
// the right screen or snooze; each interview lists its own reminders with a switch for each.
import { api } from "./api.js";
import { CHOICES } from "./contract.js";
import { t, formatDateTime, deviceTimeZone } from "./i18n.js";
import { h, fill } from "./dom.js";
import { toast } from "./feedback.js";
import { timeField, readTime } from "./datefield.js";

/** Kinds whose value is a time of day (minutes after midnight); the others count minutes or days. */
export const TIME_OF_DAY = new Set(["evening_before", "next_day", "after_rejection"]);
export const asTime = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
export const fromTime = (text) => { const [hh, mm] = (text || "00:00").split(":").map(Number); return hh * 60 + mm; };

/** The route of a screen the core names (see `Target` and `Screen` in the core): an interview's,
 * or the activity report, which belongs to no interview. */
export const routeOf = ({ screen, interviewId }) =>
  screen === "report" ? "#/report"
    : screen === "detail" ? `#/i/${interviewId}` : `#/i/${interviewId}/${screen}`;

/** Fills the "waiting for you" strip above the screen, and keeps it current as reminders fire. */
export async function startDueBanner() {
  await paintDue();
  window.__TAURI__?.event?.listen("reminder-due", () => paintDue());
  // A notification's snooze button (Linux) put one off: it waits no longer.
  window.__TAURI__?.event?.listen("intervju://reminder-snoozed", () => paintDue());
}

export async function paintDue() {
  const strip = document.getElementById("due");
  let due;
  try {
    due = await api.dueReminders();
  } catch (error) {
    // The strip stays hidden, but the user is told the reminders could not be read.
    toast(error.message);
    due = [];
  }
  strip.hidden = due.length === 0;
  fill(strip, due.length ? h("section", { class: "due card", "aria-labelledby": "due-title" },
    h("h2", { id: "due-title" }, t("due-title")),
    h("ul", { class: "due-list" }, due.map((n) => h("li", { "data-reminder": n.reminder.id, "data-kind": n.reminder.kind },
      h("strong", {}, n.title), h("span", { class: "subtle" }, n.body),
      h("div", { class: "actions" },
        h("button", { class: "button primary", "data-action": "open", onClick: async () => {
          await api.markReminderSeen(n.reminder.id);
          location.hash = routeOf(n.target);
          paintDue();
        } }, t("due-open")),
        CHOICES.snooze.map((how) => h("button", { class: "button", "data-action": "snooze", "data-snooze": how, onClick: async () => {
          try {
            await api.snoozeReminder(n.reminder.id, how);
            toast(t("due-snoozed"));
          } catch (error) {
            toast(error.fields?.[0]?.message ?? error.message);
          }
          paintDue();
        } }, t(`due-snooze-${how}`))),
        h("button", { class: "button quiet", "data-action": "dismiss", onClick: async () => { await api.markReminderSeen(n.reminder.id); paintDue(); } }, t("due-dismiss"))))))) : null);
}

/** The interview's reminders: when each comes (where the user is), and a switch for each. */
export function remindersCard(item, reminders) {
  const row = (r) => {
    const when = r.dueAt ? formatDateTime(r.dueAt, deviceTimeZone(), { weekday: "short", year: undefined }) : "";
    const state = !r.enabled ? "" : !r.state ? t("reminder-not-planned")
      : t(`reminder-state-${r.state}`, { time: r.state === "fired" && r.firedAt ? formatDateTime(r.firedAt, deviceTimeZone(), { weekday: "short", year: undefined }) : when });
    const save = async (enabled, value) => {
      try {
        const list = await api.setReminderSwitch(item.id, r.kind, enabled, value);
        fill(card.querySelector("ul"), list.map(row));
      } catch (error) {
        toast(error.fields?.[0]?.message ?? error.message);
      }
    };
    const toggle = h("input", { type: "checkbox", checked: r.enabled, id: `reminder-${r.kind}`,
      onChange: () => save(toggle.checked, r.own.value) });
    // This interview's own time or offset, in the same terms as the global setting.
    const own = TIME_OF_DAY.has(r.kind)
      ? timeField({ id: `reminder-${r.kind}-value` }, asTime(r.value))
      : h("input", { type: "number", min: 0, max: 1440, value: r.value, id: `reminder-${r.kind}-value`, inputmode: "numeric" });
    own.addEventListener("change", () => save(r.own.enabled, TIME_OF_DAY.has(r.kind) ? fromTime(readTime(own.value)) : Number(own.value)));
    return h("li", { "data-kind": r.kind },
      h("label", { class: "inline-check", for: `reminder-${r.kind}` }, toggle,
        h("span", {}, h("strong", {}, t(`reminder-kind-${r.kind}`)), h("br"), h("small", { class: "subtle" }, state))),
      r.enabled ? h("details", { class: "own-value" },
        h("summary", {}, t("reminder-change")),
        h("div", { class: "field" }, h("label", { for: `reminder-${r.kind}-value` }, t(`settings-value-${r.kind}`)), own)) : null);
  };
  const card = h("section", { class: "card reminders", id: "reminders" },
    h("h2", {}, t("reminders-title")),
    h("p", { class: "hint" }, t("reminders-hint")),
    h("ul", { class: "reminder-list" }, reminders.map(row)));
  return card;
}
