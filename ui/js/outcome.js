// The "after" part of an interview's page: reflect, take a second look, record the outcome, and —
// after a rejection — ask for feedback with a drafted message, and keep what they said.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { h } from "./dom.js";
import { toast, showError } from "./feedback.js";
import { autosaver } from "./autosave.js";
import { rerender } from "./nav.js";

const DAY_MS = 86_400_000;

export function afterCard(item, reflection, feedback) {
  const ended = new Date(item.startUtc).getTime() + item.durationMinutes * 60_000;
  const started = new Date(item.startUtc).getTime() <= Date.now();
  if (!started && item.status === "planned") return null;

  const waiting = ["done", "awaiting"].includes(item.status) && Date.now() > ended
    ? h("p", { class: "waiting", id: "days-waited" }, t("outcome-waiting", { days: Math.max(0, Math.floor((Date.now() - ended) / DAY_MS)) }))
    : null;
  const reflectLabel = reflection.finishedAt ? t("after-reflect-edit")
    : reflection.after.answered ? t("after-reflect-continue", { answered: reflection.after.answered, total: reflection.after.total })
    : t("after-reflect");
  const setStatus = async (status) => {
    try {
      await api.setOutcome(item.id, status);
      if (status === "next_round") location.hash = `#/new/after/${item.id}`;
      else await rerender();
    } catch (error) {
      if (error.fields?.length) toast(error.fields[0].message);
      else showError(error);
    }
  };
  return h("section", { class: "card after-card", id: "after-card" },
    h("h2", {}, t("after-title")),
    h("div", { class: "actions" },
      h("a", { class: "button primary", href: `#/i/${item.id}/reflect`, id: "open-reflect" }, reflectLabel),
      h("a", { class: "button", href: `#/i/${item.id}/later`, id: "open-later" },
        reflection.secondLookAt ? t("after-later-edit") : t("after-later"))),
    h("h3", {}, t("outcome-title")),
    h("p", {}, t("outcome-current", { status: t(`status-${item.status}`) })),
    waiting,
    item.nextStatuses.length ? h("div", { class: "actions outcome-buttons" },
      item.nextStatuses.map((status) => h("button", {
        type: "button", class: `button outcome-${status}`, "data-status": status, onClick: () => setStatus(status),
      }, t(`outcome-set-${status}`)))) : null,
    item.status === "rejected" ? feedbackPanel(item, feedback) : null);
}

function feedbackPanel(item, feedback) {
  const person = item.interviewers[0]?.name || item.contactName;
  const greeting = person ? t("feedback-greeting-named", { name: person }) : t("feedback-greeting");
  const draft = h("textarea", { id: "feedback-draft", rows: 7, readonly: true },
    `${greeting}\n\n${t("feedback-draft", { role: item.role, company: item.company })}`);
  const copy = async () => {
    draft.select();
    try {
      await navigator.clipboard.writeText(draft.value);
      toast(t("feedback-copied"));
    } catch {
      // No clipboard access: the text is selected, ready for the usual copy keys.
      toast(t("feedback-select"));
    }
  };
  const asked = h("input", { type: "checkbox", id: "feedback-asked", checked: Boolean(feedback.askedAt),
    onChange: () => api.updateFeedback(item.id, { asked: asked.checked }) });
  const status = h("span", { class: "save-status", role: "status" });
  const saver = autosaver((changes) => api.updateFeedback(item.id, changes), (state) => {
    status.textContent = state === "saving" ? t("prep-saving") : state === "saved" ? t("prep-saved") : t("error-unexpected");
  });
  const said = h("textarea", { id: "feedback-text", rows: 4, maxlength: 10000 }, feedback.feedback);
  said.addEventListener("input", () => saver.queue("feedback", said.value));
  said.addEventListener("blur", () => saver.flush());
  return h("div", { class: "feedback", id: "feedback-panel" },
    h("h3", {}, t("feedback-title")),
    h("p", {}, t("feedback-prompt")),
    h("label", { for: "feedback-draft" }, t("feedback-draft-label")),
    draft,
    h("div", { class: "actions" }, h("button", { type: "button", class: "button", id: "feedback-copy", onClick: copy }, t("feedback-copy"))),
    h("label", { class: "inline-check" }, asked, t("feedback-asked")),
    h("div", { class: "field" }, h("label", { for: "feedback-text" }, t("feedback-said")), said, status));
}
