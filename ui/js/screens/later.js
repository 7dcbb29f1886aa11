// The second look, a day later and calmer: the self-rating again beside the first, whether this
// is the job I want, and what I will do differently — which becomes a lesson for next time.
import { api } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, show } from "../dom.js";
import { toast } from "../feedback.js";
import { backLink, leaveFor } from "../nav.js";
import { autosaver } from "../autosave.js";
import { chips, scale, textAnswer, yesPartlyNo } from "../answers.js";

export const name = "later";
let saver = null;

export async function render({ id, isCurrent }) {
  const [item, first] = await Promise.all([api.interview(id), api.reflection(id)]);
  if (!isCurrent()) return;
  saver?.stop();
  const a = first.answers;
  const status = h("p", { class: "save-status", role: "status" });
  saver = autosaver((changes) => api.updateReflection(id, changes), (state, detail) => {
    status.textContent = state === "failed" ? (detail?.fields?.[0]?.message ?? detail?.message) : state === "saving" ? t("prep-saving") : t("prep-saved");
  });
  const tap = (field, value) => { saver.queue(field, value); saver.flush(); };
  const text = (field, label, options) => textAnswer(field, label, a[field], saver, options);

  show(
    backLink(`#/i/${id}`, item.company),
    h("div", { class: "page-head" }, h("h1", {}, t("later-title")), status),
    h("p", { class: "subtle" }, `${item.company} · ${formatDateTime(item.startUtc, item.timeZone, { year: undefined })}`),
    h("div", { class: "reflect" },
      h("div", { class: "question-card first-rating", id: "first-rating" },
        h("p", { class: "question-label" }, t("later-first-rating")),
        h("p", { class: "big-number" }, a.firstRating ? t("later-rating-of", { rating: a.firstRating }) : t("later-no-first-rating")),
        h("p", { class: "hint" }, t("later-rating-hint"))),
      scale("laterRating", t("later-rating"), a.laterRating, tap, [t("rating-1"), "2", "3", "4", t("rating-5")]),
      h("h2", { class: "section-title" }, t("later-section-job")),
      chips("wantJob", t("later-want-job"), yesPartlyNo(), a.wantJob, tap),
      chips("knowEnough", t("later-know-enough"), yesPartlyNo(), a.knowEnough, tap),
      chips("willFit", t("later-will-fit"), yesPartlyNo(), a.willFit, tap),
      chips("matchesPlans", t("later-matches-plans"), yesPartlyNo(), a.matchesPlans, tap),
      text("impression", t("later-impression"), { rows: 3 }),
      h("h2", { class: "section-title" }, t("later-section-next")),
      text("nextRoundQuestions", t("later-next-questions"), { rows: 3 }),
      text("doDifferently", t("later-do-differently"), { rows: 4, hint: t("later-do-differently-hint") }),
      h("div", { class: "actions" },
        h("button", { class: "button primary", id: "later-done", onClick: async () => {
          await saver.flush();
          await api.completeReflection(id, "later");
          toast(t("reflect-saved"));
          leaveFor(`#/i/${id}`);
        } }, t("reflect-done")))));
}
