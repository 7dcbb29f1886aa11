// Right after the interview: about two minutes on a phone. Every tap and every text is saved at
// once, so a reflection can be left halfway and finished later.
import { api } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, show } from "../dom.js";
import { toast } from "../feedback.js";
import { backLink, leaveFor } from "../nav.js";
import { autosaver } from "../autosave.js";
import { chips, scale, textAnswer, yesPartlyNo, yesNo } from "../answers.js";

export const name = "reflect";
let saver = null;

export async function render({ id, isCurrent }) {
  const [item, first, prep] = await Promise.all([api.interview(id), api.reflection(id), api.preparation(id)]);
  if (!isCurrent()) return;
  saver?.stop();
  const a = first.answers;
  const progress = h("p", { class: "progress-text", id: "reflect-progress" });
  const paintProgress = (view) => { progress.textContent = t("reflect-progress", { answered: view.after.answered, total: view.after.total }); };
  const status = h("p", { class: "save-status", role: "status" });
  const onState = (state, detail) => {
    if (state === "saved") paintProgress(detail);
    status.textContent = state === "failed" ? (detail?.fields?.[0]?.message ?? detail?.message) : state === "saving" ? t("prep-saving") : t("prep-saved");
  };
  saver = autosaver((changes) => api.updateReflection(id, changes), onState);
  const tap = (field, value) => { saver.queue(field, value); saver.flush(); };
  const text = (field, label, options) => textAnswer(field, label, a[field], saver, options);
  const feelings = ["feeling-1", "feeling-2", "feeling-3", "feeling-4", "feeling-5"].map((k) => t(k));

  const askedBox = (q) => h("label", { class: "inline-check" },
    h("input", { type: "checkbox", checked: q.askedIn.includes(id), onChange: async (e) => {
      await api.setQuestionUse(q.id, id, true, e.target.checked);
    } }), q.text);
  const newQuestion = h("input", { id: "new-asked-question", maxlength: 500, autocomplete: "off" });
  const addedList = h("ul", { class: "plain-list", id: "new-asked-list" });
  const addQuestion = async (e) => {
    e.preventDefault();
    try {
      const q = await api.createQuestion({ text: newQuestion.value, interviewId: id, asked: true });
      addedList.append(h("li", {}, q.text));
      newQuestion.value = "";
      toast(t("reflect-question-added"));
    } catch (error) {
      toast(error.fields?.[0]?.message ?? error.message);
    }
  };

  show(
    backLink(`#/i/${id}`, item.company),
    h("div", { class: "checklist-head" },
      h("h1", {}, t("reflect-title")),
      h("p", { class: "subtle" }, `${item.company} · ${formatDateTime(item.startUtc, item.timeZone, { year: undefined })}`),
      h("div", { class: "progress" }, progress, status)),
    h("div", { class: "reflect" },
      h("h2", { class: "section-title" }, t("reflect-section-feel")),
      scale("feeling", t("reflect-feeling"), a.feeling, tap, feelings),
      chips("friendly", t("reflect-friendly"), yesPartlyNo(), a.friendly, tap),
      chips("moodChanged", t("reflect-mood-changed"), yesNo(), a.moodChanged, tap),
      text("moodWhen", t("reflect-mood-when")),
      chips("wasMyself", t("reflect-was-myself"), yesPartlyNo(), a.wasMyself, tap),
      text("unsureMoments", t("reflect-unsure")),
      h("h2", { class: "section-title" }, t("reflect-section-said")),
      chips("saidEverything", t("reflect-said-everything"), yesPartlyNo(), a.saidEverything, tap),
      text("forgot", t("reflect-forgot"), { hint: t("reflect-forgot-hint") }),
      chips("enoughTime", t("reflect-enough-time"), yesPartlyNo(), a.enoughTime, tap),
      chips("presentedStrengths", t("reflect-presented-strengths"), yesPartlyNo(), a.presentedStrengths, tap),
      text("strengthsPresented", t("reflect-which-strengths")),
      h("h2", { class: "section-title" }, t("reflect-section-learned")),
      text("learned", t("reflect-learned"), { rows: 3 }),
      chips("knowMore", t("reflect-know-more"), yesPartlyNo(), a.knowMore, tap),
      text("positive", t("reflect-positive")),
      text("negative", t("reflect-negative")),
      h("h2", { class: "section-title" }, t("reflect-section-questions")),
      h("div", { class: "question-card" },
        h("p", { class: "question-label" }, t("reflect-came-up")),
        prep.questions.length ? h("div", { class: "checks" }, prep.questions.map(askedBox)) : h("p", { class: "hint" }, t("reflect-no-prepared")),
        h("form", { class: "add-row", onSubmit: addQuestion },
          h("label", { class: "visually-hidden", for: "new-asked-question" }, t("reflect-new-question")),
          newQuestion, h("button", { type: "submit", class: "button", id: "add-asked-question" }, t("list-add"))),
        h("p", { class: "hint" }, t("reflect-new-question-hint")),
        addedList),
      h("h2", { class: "section-title" }, t("reflect-section-rating")),
      scale("firstRating", t("reflect-rating"), a.firstRating, tap, [t("rating-1"), "2", "3", "4", t("rating-5")]),
      h("div", { class: "actions" },
        h("button", { class: "button primary", id: "reflect-done", onClick: async () => {
          await saver.flush();
          await api.completeReflection(id, "after");
          toast(t("reflect-saved"));
          leaveFor(`#/i/${id}`);
        } }, t("reflect-done")))));
  paintProgress(first);
}
