// Before the interview: the preparation sheet. Texts save as you type; lists, questions and the
// practice log save on each change. A later round shows the earlier round beside its own sheet.
import { api } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, fill, show } from "../dom.js";
import { toast, showError } from "../feedback.js";
import { backLink } from "../nav.js";
import { autosaver } from "../autosave.js";
import { editableList } from "../lists.js";
import { lessonsCard } from "../lessons.js";
import { dateField, readDate } from "../datefield.js";

export const name = "prepare";
let savers = [];

export async function render({ id, isCurrent }) {
  const [item, first, bank] = await Promise.all([api.interview(id), api.preparation(id), api.questions()]);
  if (!isCurrent()) return;
  savers.forEach((s) => s.stop());
  savers = [];

  const status = h("p", { class: "save-status", id: "save-status", role: "status", "aria-live": "polite" });
  const onState = (state, detail) => {
    status.dataset.state = state;
    status.textContent = state === "saving" ? t("prep-saving")
      : state === "saved" ? t("prep-saved") : (detail?.fields?.[0]?.message ?? detail?.message ?? t("error-unexpected"));
  };
  const sheetSaver = autosaver((changes) => api.updatePreparation(id, changes), onState);
  savers.push(sheetSaver);

  const area = (field, label, hint) => {
    const input = h("textarea", { id: `prep-${field}`, rows: 4, maxlength: 20000, "data-field": field }, first.sheet[field]);
    input.addEventListener("input", () => sheetSaver.queue(field, input.value));
    input.addEventListener("blur", () => sheetSaver.flush());
    return h("div", { class: "field" },
      h("label", { for: `prep-${field}` }, label),
      hint ? h("p", { class: "hint" }, hint) : null,
      input);
  };

  const later = item.round !== "first" || first.earlierRound;
  const dynamic = h("div", { class: "prep-dynamic" });
  const change = async (request) => {
    try {
      paint(await request());
    } catch (error) {
      if (error.fields?.length) toast(error.fields[0].message);
      else showError(error);
    }
  };
  const paint = (view) => fill(dynamic, listsPart(view, later, change, id), questionsPart(view, bank, id, change, onState), logPart(view, id, change));

  const taskOpen = item.round === "task" || first.sheet.taskBrief || first.sheet.taskNotes;
  const task = h("fieldset", { id: "prep-task", hidden: !taskOpen },
    h("legend", {}, t("prep-task-title")),
    area("taskBrief", t("prep-task-brief")),
    area("taskNotes", t("prep-task-notes")));
  const openTask = h("button", { type: "button", class: "button", hidden: taskOpen, onClick: () => { task.hidden = false; openTask.hidden = true; task.querySelector("textarea").focus(); } }, t("prep-task-add"));

  const sheet = h("div", { class: "prep-sheet" },
    lessonsCard(first.lessons, "prep-lessons"),
    h("fieldset", {},
      h("legend", {}, t("prep-research-title")),
      area("research", t("prep-research"), t("prep-research-hint"))),
    h("fieldset", {},
      h("legend", {}, t("prep-keywords-title")),
      h("p", { class: "hint" }, t("prep-keywords-hint")),
      area("strengths", t("prep-strengths")),
      area("weaknesses", t("prep-weaknesses"), t("prep-weaknesses-hint")),
      area("whyJob", t("prep-why-job")),
      area("whyMe", t("prep-why-me"))),
    later ? h("fieldset", {},
      h("legend", {}, t("prep-second-title")),
      area("employerGaps", t("prep-employer-gaps"), t("prep-employer-gaps-hint")),
      area("nextStep", t("prep-next-step"), t("prep-next-step-hint"))) : null,
    dynamic,
    task, openTask);

  show(
    backLink(`#/i/${id}`, item.company),
    h("div", { class: "page-head" },
      h("h1", {}, t("prep-title")),
      status),
    h("p", { class: "subtle" }, `${item.company} · ${item.role} · ${t(`round-${item.round}`)} · ${formatDateTime(item.startUtc, item.timeZone, { year: undefined })}`),
    h("div", { class: `prep-layout ${first.earlierRound ? "with-earlier" : ""}` },
      sheet,
      first.earlierRound ? earlierPart(first.earlierRound) : null));
  paint(first);
}

function listsPart(view, later, change, id) {
  const listOf = (list, extra) => editableList({
    id: `list-${list}`,
    items: view.lists[list],
    onAdd: (text) => change(() => api.addPrepItem(id, list, text)),
    onToggle: (item, done) => change(() => api.updatePrepItem(id, item.id, { done })),
    onRemove: (item) => change(() => api.removePrepItem(id, item.id)),
    onReorder: (order) => change(() => api.reorderPrepItems(id, list, order)),
    ...extra,
  });
  return [
    h("fieldset", {},
      h("legend", {}, t("prep-ask-title")),
      h("p", { class: "hint" }, t("prep-ask-hint")),
      // The example stands as a hint of its own: as a placeholder it did not fit a phone's field.
      h("p", { class: "hint", id: "prep-ask-example" }, t("prep-ask-example")),
      listOf("ask", { ranked: true, addLabel: t("prep-ask-add") })),
    later ? h("fieldset", {},
      h("legend", {}, t("prep-gaps-title")),
      h("p", { class: "hint" }, t("prep-gaps-hint")),
      listOf("gap", { checkable: true, addLabel: t("prep-gaps-add") })) : null,
    later ? h("fieldset", {},
      h("legend", {}, t("prep-competency-title")),
      h("p", { class: "hint" }, t("prep-competency-hint")),
      listOf("competency", { ranked: true, addLabel: t("prep-competency-add") })) : null,
  ];
}

function questionsPart(view, bank, id, change, onState) {
  const reload = () => api.preparation(id);
  const prepared = new Set(view.questions.map((q) => q.id));
  const others = bank.filter((q) => !prepared.has(q.id));
  const text = h("input", { id: "new-question", maxlength: 500, autocomplete: "off" });
  const answer = h("textarea", { id: "new-answer", rows: 3, maxlength: 10000 });
  const pick = h("select", { id: "bank-pick" },
    h("option", { value: "" }, t("prep-questions-pick")), others.map((q) => h("option", { value: q.id }, q.text)));
  return h("fieldset", { id: "prep-questions" },
    h("legend", {}, t("prep-questions-title")),
    h("p", { class: "hint" }, t("prep-questions-hint")),
    h("ul", { class: "question-list" }, view.questions.map((q) => questionRow(q, id, change, reload, onState))),
    view.questions.length ? h("a", { class: "button primary", href: `#/i/${id}/practice`, id: "practise" }, t("prep-practise", { count: view.questions.length })) : null,
    h("form", { class: "card inset", id: "question-form", onSubmit: async (e) => {
      e.preventDefault();
      await change(async () => { await api.createQuestion({ text: text.value, answer: answer.value, interviewId: id }); return reload(); });
    } },
      h("div", { class: "field" }, h("label", { for: "new-question" }, t("prep-question-label")), text),
      h("div", { class: "field" }, h("label", { for: "new-answer" }, t("prep-answer-label")), answer),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button", id: "add-question" }, t("prep-question-add")))),
    others.length ? h("div", { class: "field" },
      h("label", { for: "bank-pick" }, t("prep-bank-pick-label")),
      h("div", { class: "add-row bank-pick-row" }, pick,
        h("button", { type: "button", class: "button", id: "bank-pick-add", onClick: () => pick.value && change(async () => {
          await api.setQuestionUse(Number(pick.value), id, true, false);
          return reload();
        }) }, t("list-add")))) : null);
}

function questionRow(q, id, change, reload, onState) {
  const saver = autosaver((changes) => api.updateQuestion(q.id, changes), onState);
  savers.push(saver);
  const answer = h("textarea", { rows: 3, maxlength: 10000, "aria-label": t("prep-answer-label") }, q.answer);
  answer.addEventListener("input", () => saver.queue("answer", answer.value));
  answer.addEventListener("blur", () => saver.flush());
  return h("li", { class: "question", "data-id": q.id },
    h("details", {},
      h("summary", {}, h("span", {}, q.text),
        q.lastRating ? h("span", { class: `chip rating-${q.lastRating}` }, t(`rating-${q.lastRating}`)) : null),
      answer,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button quiet", onClick: () => change(async () => { await api.setQuestionUse(q.id, id, false, false); return reload(); }) },
          t("prep-question-unlink")))));
}

function logPart(view, id, change) {
  const today = new Date().toISOString().slice(0, 10);
  const date = dateField({ id: "session-date" }, today);
  const partner = h("input", { id: "session-partner", maxlength: 120 });
  const notes = h("input", { id: "session-notes", maxlength: 2000 });
  return h("fieldset", { id: "prep-log" },
    h("legend", {}, t("prep-log-title")),
    h("p", { class: "hint" }, t("prep-log-hint")),
    view.practiceLog.length ? h("ul", { class: "log-list" }, view.practiceLog.map((s) =>
      h("li", {},
        h("span", {}, h("strong", {}, formatDateTime(`${s.practisedOn}T12:00:00Z`, "UTC", { weekday: undefined, hour: undefined, minute: undefined })),
          s.partner ? ` · ${t("prep-log-with", { partner: s.partner })}` : "", s.notes ? h("br") : null, s.notes),
        h("button", { type: "button", class: "icon-button remove", "aria-label": t("action-remove"), onClick: () => change(() => api.removeSession(id, s.id)) }, "✕")))) : null,
    h("form", { class: "row three log-form", onSubmit: (e) => { e.preventDefault(); change(() => api.addSession(id, readDate(date.value), partner.value, notes.value)); } },
      h("div", { class: "field" }, h("label", { for: "session-date" }, t("prep-log-date")), date),
      h("div", { class: "field" }, h("label", { for: "session-partner" }, t("prep-log-partner")), partner),
      h("div", { class: "field" }, h("label", { for: "session-notes" }, t("prep-log-notes")), notes),
      h("div", { class: "actions" }, h("button", { type: "submit", class: "button", id: "add-session" }, t("prep-log-add")))));
}

function earlierPart(earlier) {
  const s = earlier.sheet;
  const asked = earlier.questions.filter((q) => q.askedIn.includes(earlier.interviewId));
  const keyword = (label, text) => text ? h("div", {}, h("dt", {}, t(label)), h("dd", {}, text)) : null;
  const body = h("div", { class: "earlier-body" },
    h("dl", { class: "facts" },
      keyword("prep-strengths", s.strengths),
      keyword("prep-weaknesses", s.weaknesses),
      keyword("prep-why-job", s.whyJob),
      keyword("prep-why-me", s.whyMe)),
    asked.length ? [h("h3", {}, t("prep-earlier-asked")), h("ul", {}, asked.map((q) => h("li", {}, q.text, q.answer ? h("p", { class: "subtle" }, q.answer) : null)))] : null,
    earlier.lists.ask.length ? [h("h3", {}, t("prep-earlier-you-asked")), h("ul", {}, earlier.lists.ask.map((i) => h("li", {}, i.text)))] : null,
    earlier.reflection ? earlierReflection(earlier.reflection.answers) : null,
    h("p", {}, h("a", { href: `#/i/${earlier.interviewId}` }, t("prep-earlier-open"))));
  return h("aside", { class: "earlier card", id: "earlier-round", "aria-labelledby": "earlier-title" },
    h("details", { open: window.matchMedia("(min-width: 900px)").matches },
      h("summary", { id: "earlier-title" }, t("prep-earlier-title", { round: t(`round-${earlier.round}`) }),
        h("span", { class: "subtle" }, ` · ${formatDateTime(earlier.startUtc, earlier.timeZone, { weekday: undefined, hour: undefined, minute: undefined })}`)),
      h("p", { class: "hint" }, t("prep-earlier-hint")),
      body));
}

/** What the user wrote after the earlier round, the parts that matter for the next one. */
function earlierReflection(a) {
  const rows = [
    ["prep-earlier-rating", a.firstRating && a.laterRating ? t("prep-earlier-ratings", { first: a.firstRating, later: a.laterRating })
      : a.firstRating ? t("later-rating-of", { rating: a.firstRating }) : ""],
    ["reflect-forgot", a.forgot],
    ["reflect-positive", a.positive],
    ["reflect-negative", a.negative],
    ["later-next-questions", a.nextRoundQuestions],
    ["later-do-differently", a.doDifferently],
  ].filter(([, value]) => value);
  if (!rows.length) return null;
  return [h("h3", {}, t("prep-earlier-reflection")),
    h("dl", { class: "facts", id: "earlier-reflection" }, rows.map(([label, value]) => h("div", { class: "wide" }, h("dt", {}, t(label)), h("dd", {}, value))))];
}
