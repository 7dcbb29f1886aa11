// One interview: when, where, who, the ad and the notes, with edit and delete.
import { api } from "../api.js";
import { t, formatDateTime, deviceTimeZone, relativeDay } from "../i18n.js";
import { h, show, confirmDialog, tickIcon } from "../dom.js";
import { toast } from "../feedback.js";
import { afterCard } from "../outcome.js";
import { backLink, leaveFor } from "../nav.js";
import { remindersCard } from "../reminders.js";

export const name = "detail";

export async function render({ id, isCurrent }) {
  const [item, reflection, feedback, reminders] = await Promise.all([api.interview(id), api.reflection(id), api.feedback(id), api.reminders(id)]);
  const previous = item.previousRoundId ? await api.interview(item.previousRoundId).catch((error) => { if (error.code === "not_found") return null; throw error; }) : null;
  if (!isCurrent()) return;

  const fact = (label, value, wide = false) => h("div", { class: wide ? "wide" : null },
    h("dt", {}, label),
    h("dd", {}, value || h("span", { class: "not-filled" }, t("detail-not-filled"))));

  const whenLocal = formatDateTime(item.startUtc, item.timeZone);
  // Only when the wall clocks differ: "UTC" and "Etc/UTC" are the same clock under two names.
  const elsewhere = formatDateTime(item.startUtc, deviceTimeZone()) !== whenLocal;
  const when = h("div", {},
    h("p", { class: "when-big", id: "detail-when" }, whenLocal),
    h("p", { class: "subtle" },
      relativeDay(item.startUtc), " · ", t("detail-duration", { minutes: item.durationMinutes }), " · ", item.timeZone),
    elsewhere ? h("p", { class: "subtle" },
      t("detail-your-time", { time: formatDateTime(item.startUtc, deviceTimeZone(), { weekday: "short", year: undefined }) })) : null);

  const people = item.interviewers.length
    ? h("ul", { class: "people" }, item.interviewers.map((p) =>
      h("li", {}, h("strong", {}, p.name), p.role ? h("span", { class: "role" }, ` · ${p.role}`) : null)))
    : null;
  const contact = [item.contactName, item.contactInfo].filter(Boolean).join(" · ");
  const ad = item.jobAdUrl || item.jobAdText
    ? h("div", {},
      item.jobAdUrl ? h("p", {}, h("span", { class: "subtle" }, `${t("detail-open-ad")}: `), item.jobAdUrl) : null,
      item.jobAdText ? h("p", {}, item.jobAdText) : null)
    : null;

  const remove = async () => {
    const yes = await confirmDialog({
      title: t("delete-confirm-title"),
      body: t("delete-confirm-body", { company: item.company, role: item.role }),
      confirm: t("delete-confirm-yes"),
      cancel: t("action-cancel"),
    });
    if (!yes) return;
    await api.deleteInterview(item.id);
    toast(t("deleted"));
    leaveFor("#/");
  };

  show(
    backLink("#/", t("action-back")),
    h("div", { class: "page-head" },
      h("h1", { id: "detail-title" }, item.company, h("br"), h("span", { class: "subtle" }, item.role)),
      h("span", { class: "chip" }, t(`round-${item.round}`)),
      h("span", { class: `chip status-${item.status}` }, t(`status-${item.status}`))),
    afterCard(item, reflection, feedback),
    h("div", { class: "detail-grid" },
      h("section", { class: "card" },
        h("dl", { class: "facts" },
          fact(t("detail-when"), when, true),
          fact(t("detail-where"), item.location, true),
          fact(t("detail-interviewers"), people),
          fact(t("detail-contact"), contact),
          previous ? fact(t("detail-previous-round"),
            h("a", { href: `#/i/${previous.id}` }, `${previous.company} · ${t(`round-${previous.round}`)}`), true) : null,
          fact(t("detail-job-ad"), ad, true),
          fact(t("detail-notes"), item.notes, true))),
      h("aside", { class: "actions side" },
        h("a", { class: "button primary big", href: `#/i/${item.id}/checklist`, id: "open-checklist" },
          tickIcon(), h("span", {}, t("checklist-open"), h("small", {}, t("checklist-open-hint")))),
        h("a", { class: "button", href: `#/i/${item.id}/prepare`, id: "open-prepare" }, t("prep-open")),
        h("a", { class: "button", href: `#/new/after/${item.id}`, id: "next-round" }, t("action-next-round")),
        h("a", { class: "button", href: `#/i/${item.id}/edit`, id: "edit-interview" }, t("action-edit")),
        h("button", { class: "button danger", id: "delete-interview", onClick: remove }, t("action-delete")),
        remindersCard(item, reminders))));
}
