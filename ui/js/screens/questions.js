// The question bank: every question from every interview, with answers to polish, tags to find
// them by, and the way into practising them all.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, show, confirmDialog } from "../dom.js";
import { toast } from "../feedback.js";
import { autosaver } from "../autosave.js";

export const name = "questions";
let savers = [];

export async function render({ isCurrent }) {
  const bank = await api.questions();
  if (!isCurrent()) return;
  savers.forEach((s) => s.stop());
  savers = [];
  const text = h("input", { id: "bank-question", maxlength: 500, autocomplete: "off" });
  const answer = h("textarea", { id: "bank-answer", rows: 3, maxlength: 10000 });
  const tags = h("input", { id: "bank-tags", maxlength: 400, autocomplete: "off", "aria-describedby": "bank-tags-example" });
  const add = async (e) => {
    e.preventDefault();
    try {
      await api.createQuestion({ text: text.value, answer: answer.value, tags: [tags.value] });
      await render({ isCurrent });
      toast(t("form-saved"));
    } catch (error) {
      toast(error.fields?.[0]?.message ?? error.message);
    }
  };
  show(
    h("div", { class: "page-head" },
      h("h1", {}, t("bank-title")),
      bank.length ? h("a", { class: "button primary", href: "#/practice", id: "practise-all" }, t("bank-practise-all")) : null),
    h("p", { class: "subtle" }, t("bank-intro")),
    bank.length
      ? h("ul", { class: "question-list bank" }, bank.map((q) => row(q, isCurrent)))
      : h("p", { class: "empty card" }, t("bank-empty")),
    h("form", { class: "card", id: "bank-form", onSubmit: add },
      h("h2", {}, t("prep-question-add")),
      h("div", { class: "field" }, h("label", { for: "bank-question" }, t("prep-question-label")), text),
      h("div", { class: "field" }, h("label", { for: "bank-answer" }, t("prep-answer-label")), answer),
      // The example stands as a hint: as a placeholder it was cut off on a phone.
      h("div", { class: "field" }, h("label", { for: "bank-tags" }, t("bank-tags")), tags,
        h("p", { class: "hint", id: "bank-tags-example" }, t("bank-tags-example"))),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button primary" }, t("prep-question-add")))));
}

function row(q, isCurrent) {
  const status = h("span", { class: "subtle save-status", role: "status" });
  const saver = autosaver((changes) => api.updateQuestion(q.id, changes), (state, detail) => {
    status.textContent = state === "failed" ? (detail?.fields?.[0]?.message ?? detail?.message) : state === "saved" ? t("prep-saved") : t("prep-saving");
  });
  savers.push(saver);
  const answer = h("textarea", { rows: 4, maxlength: 10000, "aria-label": t("prep-answer-label") }, q.answer);
  answer.addEventListener("input", () => saver.queue("answer", answer.value));
  answer.addEventListener("blur", () => saver.flush());
  const tags = h("input", { id: `tags-${q.id}`, value: q.tags.join(", "), maxlength: 400 });
  tags.addEventListener("input", () => saver.queue("tags", [tags.value]));
  tags.addEventListener("blur", () => saver.flush());
  const remove = async () => {
    const yes = await confirmDialog({ title: t("bank-delete-title"), body: q.text, confirm: t("action-delete"), cancel: t("action-cancel") });
    if (!yes) return;
    await api.deleteQuestion(q.id);
    await render({ isCurrent });
  };
  return h("li", { class: "question", "data-id": q.id },
    h("details", {},
      h("summary", {}, h("span", {}, q.text),
        q.tags.map((tag) => h("span", { class: "chip" }, tag)),
        q.lastRating ? h("span", { class: `chip rating-${q.lastRating}` }, t(`rating-${q.lastRating}`)) : null),
      answer,
      h("div", { class: "field" }, h("label", { for: `tags-${q.id}` }, t("bank-tags")), tags),
      h("p", { class: "subtle" }, t("bank-usage", { prepared: q.preparedFor.length, asked: q.askedIn.length, attempts: q.attempts })),
      h("div", { class: "actions" }, status, h("button", { type: "button", class: "button quiet danger", onClick: remove }, t("action-delete")))));
}
