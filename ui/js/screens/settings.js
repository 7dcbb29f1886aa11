// Settings: the language, the way to the other devices, reminders, where the data lives, backups,
// and the welcome again.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, show, fill, confirmDialog } from "../dom.js";
import { toast } from "../feedback.js";
import { formatDateTime, deviceTimeZone } from "../i18n.js";
import { refresh } from "../nav.js";
import { TIME_OF_DAY, asTime, fromTime } from "../reminders.js";
import { AFTER_PERMISSION, ASK_LATER, onPhone } from "../phone.js";
import { timeField, readTime, dateField, readDate } from "../datefield.js";

export const name = "settings";

export async function render({ isCurrent }) {
  const [settings, info, reminders, autostart, backups, permission, reporting] = await Promise.all([
    api.settings(), api.appInfo(), api.reminderSettings(), autostartOrOff(), api.backups(), permissionOrNone(), api.reporting()]);
  if (!isCurrent()) return;
  const systemLanguage = t(`language-${settings.systemLocale}`);
  const options = [
    ["auto", t("settings-language-auto", { language: systemLanguage })],
    ["nb", t("language-nb")],
    ["sv", t("language-sv")],
    ["en", t("language-en")],
  ];
  const select = h("select", { id: "language", name: "language" },
    options.map(([value, label]) => h("option", { value, selected: value === settings.language }, label)));
  select.addEventListener("change", async () => {
    await api.updateSettings({ language: select.value });
    await refresh();
    document.getElementById("language")?.focus();
  });

  show(
    h("div", { class: "page-head" }, h("h1", {}, t("settings-title"))),
    h("form", { onSubmit: (e) => e.preventDefault() },
      h("fieldset", {},
        h("legend", {}, t("settings-language")),
        h("div", { class: "field" }, h("label", { for: "language" }, t("settings-language")), select)),
      h("fieldset", { id: "devices-settings" },
        h("legend", {}, t("settings-devices-title")),
        h("p", { class: "hint" }, t("settings-devices-hint")),
        h("div", { class: "actions" }, h("a", { class: "button", href: "#/devices", id: "open-devices" }, t("settings-devices-open"), h("span", { "aria-hidden": "true" }, "→")))),
      reminderFields(reminders, autostart, permission),
      reportingFields(reporting),
      h("fieldset", {},
        h("legend", {}, t("settings-privacy-title")),
        info.dataDir
          ? [h("p", {}, t("settings-privacy-body")), h("p", {}, h("code", { id: "data-dir" }, info.dataDir))]
          : h("p", {}, t("settings-privacy-memory")),
        h("p", { class: "subtle" }, t("settings-about", { version: info.version })),
        info.logFile
          ? h("p", { class: "subtle" }, t("about-log-file"), ": ", h("code", { id: "log-file" }, info.logFile), h("br"), t("about-log-hint"))
          : null),
      info.dataDir ? backupFields(backups) : null,
      h("div", { class: "actions" },
        h("button", {
          type: "button", class: "button",
          onClick: async () => { await api.updateSettings({ welcomeSeen: false }); location.hash = "#/welcome"; },
        }, t("settings-show-welcome")))));
}



/** Whether the app starts at login. If that cannot be read, the switch shows off and the user
 * is told why, rather than a silent "off". */
async function autostartOrOff() {
  try {
    return await api.autostart();
  } catch (error) {
    toast(error.message);
    return false;
  }
}

/** Whether notifications may be shown; `null` (and a line in the log) if the OS cannot say. */
async function permissionOrNone() {
  try {
    return await api.notificationPermission();
  } catch (error) {
    console.error("the notification permission could not be read", error);
    return null;
  }
}

/** On a phone: notifications turned off, or not asked for yet, said where the reminders are. */
function notificationStatus(permission) {
  if (permission?.state === "denied") {
    return h("p", { class: "notice", id: "notifications-off", role: "status" }, t("permission-off-settings"));
  }
  if (permission?.state === "prompt") {
    return h("div", { class: "actions" }, h("a", { class: "button", href: "#/notifications", id: "ask-notifications", onClick: () => {
      sessionStorage.setItem(AFTER_PERMISSION, "#/settings");
      sessionStorage.removeItem(ASK_LATER);
    } }, t("permission-ask-settings")));
  }
  return permission?.mayArriveLate ? h("p", { class: "hint", id: "notifications-late" }, t("permission-late")) : null;
}

/** Reminders for every interview: each kind on or off with its time, quiet hours, autostart. */
function reminderFields(reminders, autostart, permission) {
  const rows = reminders.kinds.map(([kind, setting]) => {
    const on = h("input", { type: "checkbox", id: `rs-${kind}-on`, checked: setting.enabled });
    const value = TIME_OF_DAY.has(kind)
      ? timeField({ id: `rs-${kind}-value` }, asTime(setting.value))
      : h("input", { type: "number", id: `rs-${kind}-value`, min: 0, max: 1440, value: setting.value, inputmode: "numeric" });
    return { kind, on, value, row: h("div", { class: "reminder-setting", "data-kind": kind },
      h("label", { class: "inline-check", for: `rs-${kind}-on` }, on, h("strong", {}, t(`reminder-kind-${kind}`))),
      h("div", { class: "field" }, h("label", { for: `rs-${kind}-value` }, t(`settings-value-${kind}`)), value)) };
  });
  const q = reminders.quietHours;
  const quietOn = h("input", { type: "checkbox", id: "quiet-on", checked: q.enabled });
  const quietStart = timeField({ id: "quiet-start" }, asTime(q.start));
  const quietEnd = timeField({ id: "quiet-end" }, asTime(q.end));
  const auto = h("input", { type: "checkbox", id: "autostart", checked: autostart, onChange: async () => {
    try {
      auto.checked = await api.setAutostart(auto.checked);
    } catch (error) {
      auto.checked = !auto.checked;
      toast(error.message);
    }
  } });
  const save = async () => {
    const kinds = rows.map(({ kind, on, value }) => [kind, {
      enabled: on.checked, value: TIME_OF_DAY.has(kind) ? fromTime(readTime(value.value) || "00:00") : Number(value.value),
    }]);
    try {
      await api.updateReminderSettings({ kinds, quietHours: { enabled: quietOn.checked, start: fromTime(readTime(quietStart.value) || "22:00"), end: fromTime(readTime(quietEnd.value) || "08:00") } });
      toast(t("form-saved"));
    } catch (error) {
      toast(error.fields?.[0]?.message ?? error.message);
    }
  };
  return h("fieldset", { id: "reminder-settings" },
    h("legend", {}, t("settings-reminders-title")),
    h("p", { class: "hint" }, t("settings-reminders-hint")),
    notificationStatus(permission),
    rows.map((r) => r.row),
    h("h3", {}, t("settings-quiet")),
    h("label", { class: "inline-check", for: "quiet-on" }, quietOn, t("settings-quiet-enabled")),
    h("div", { class: "row two" },
      h("div", { class: "field" }, h("label", { for: "quiet-start" }, t("settings-quiet-start")), quietStart),
      h("div", { class: "field" }, h("label", { for: "quiet-end" }, t("settings-quiet-end")), quietEnd)),
    // A phone starts nothing at login: its OS shows the reminders itself.
    onPhone ? null : h("label", { class: "inline-check", for: "autostart" }, auto, t("settings-autostart")),
    h("div", { class: "actions" }, h("button", { type: "button", class: "button primary", id: "save-reminders", onClick: save }, t("settings-reminders-save"))));
}

/** The automatic daily backups, newest first, each restorable after a confirmation. */
function backupFields(backups) {
  const restore = async (backup, when) => {
    const yes = await confirmDialog({
      title: t("backup-restore-title"), body: t("backup-restore-body", { when }),
      confirm: t("backup-restore"), cancel: t("action-cancel"),
    });
    if (!yes) return;
    try {
      await api.restoreBackup(backup.name);
      toast(t("backup-restored"));
      await refresh();
    } catch (error) {
      toast(error.fields?.[0]?.message ?? error.message);
    }
  };
  const now = h("button", { type: "button", class: "button", id: "backup-now", onClick: async () => {
    now.disabled = true;
    try {
      const taken = await api.backupNow();
      toast(t("backup-now-done", { name: taken.name }));
      await refresh();
    } catch (error) {
      toast(error.message);
    } finally {
      now.disabled = false;
    }
  } }, t("backup-now"));
  return h("fieldset", { id: "backups" },
    h("legend", {}, t("backup-title")),
    h("p", { class: "hint" }, t("backup-hint")),
    h("div", { class: "actions" }, now),
    backups.length
      ? h("ul", { class: "log-list" }, backups.map((b) => {
        const when = b.takenAt ? formatDateTime(b.takenAt, deviceTimeZone(), { weekday: "short" }) : b.name;
        return h("li", { "data-backup": b.name },
          h("span", {}, when, h("br"), h("small", { class: "subtle" }, `${Math.max(1, Math.round(b.bytes / 1024))} kB`)),
          h("button", { type: "button", class: "button", onClick: () => restore(b, when) }, t("backup-restore")));
      }))
      : h("p", { class: "subtle" }, t("backup-none")));
}

/** Where the user reports their job search (none, Arbetsförmedlingen, NAV with its next due
 * date), when the next reporting reminder comes, and the way to the report. */
function reportingFields(reporting) {
  const { settings } = reporting;
  const authority = h("select", { id: "report-authority-setting", name: "authority" },
    ["none", "arbetsformedlingen", "nav"].map((value) => h("option", { value, selected: value === (settings.authority ?? "none") }, t(`report-authority-${value}`))));
  const navDue = dateField({ id: "report-nav-due", name: "navDue" }, settings.navDue ?? "");
  const navField = h("div", { class: "field", id: "report-nav-due-field" },
    h("label", { for: "report-nav-due" }, t("report-nav-due-label")), navDue,
    h("p", { class: "hint" }, t("report-nav-due-hint")));
  const next = h("p", { class: "subtle", id: "report-next-reminder", "aria-live": "polite" });
  const paintNext = (when) => fill(next, when ? t("report-next-reminder", { when: formatDateTime(when, deviceTimeZone()) }) : "");
  const errors = h("div", { class: "form-errors", role: "alert" });
  const showNav = () => { navField.hidden = authority.value !== "nav"; };
  authority.addEventListener("change", showNav);
  showNav();
  paintNext(reporting.nextReminder);
  return h("fieldset", { id: "reporting-settings" },
    h("legend", {}, t("report-settings-title")),
    h("p", { class: "hint" }, t("report-settings-hint")),
    h("div", { class: "field" }, h("label", { for: "report-authority-setting" }, t("report-authority-label")), authority),
    navField,
    errors,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button primary", id: "report-settings-save", onClick: async () => {
        const chosen = authority.value === "none" ? null : authority.value;
        const due = chosen === "nav" ? readDate(navDue.value) || null : null;
        try {
          const saved = await api.updateReporting({ authority: chosen, navDue: due });
          fill(errors);
          paintNext(saved.nextReminder);
          toast(t("report-settings-saved"));
        } catch (error) {
          fill(errors, h("p", {}, error.fields?.[0]?.message ?? error.message));
        }
      } }, t("report-settings-save")),
      h("a", { class: "button", href: "#/report", id: "open-report-settings" }, t("report-open"))),
    next);
}
