// Practice mode: one question at a time, the answer hidden until asked for, then "how did it
// go?". The deck comes weakest first; each rating is saved at once.
import { CHOICES } from "../contract.js";
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, fill, show } from "../dom.js";
import { backLink } from "../nav.js";

export const name = "practice";

export async function render({ id, isCurrent }) {
  const [deck, item] = await Promise.all([api.practiceDeck(id), id ? api.interview(id) : null]);
  if (!isCurrent()) return;
  const back = id ? `#/i/${id}/prepare` : "#/questions";
  const tally = { good: 0, okay: 0, poor: 0 };
  let index = 0;

  const head = h("div", { class: "page-head" }, h("h1", {}, t("practice-title")));
  const subtitle = h("p", { class: "subtle" }, item ? `${item.company} · ${item.role}` : t("practice-all"));
  const stage = h("section", { class: "practice card", "aria-live": "polite" });

  const card = () => {
    if (deck.length === 0) {
      fill(stage, h("p", {}, t("practice-empty")), h("a", { class: "button", href: back }, t("practice-back")));
      return;
    }
    if (index >= deck.length) {
      fill(stage, 
        h("h2", { id: "practice-done" }, t("practice-done-title")),
        h("p", {}, t("practice-summary", { total: deck.length, good: tally.good, okay: tally.okay, poor: tally.poor })),
        h("div", { class: "actions" },
          h("button", { class: "button primary", id: "practice-again", onClick: () => render({ id, isCurrent }) }, t("practice-again")),
          h("a", { class: "button", href: back }, t("practice-back"))));
      return;
    }
    const q = deck[index];
    const reveal = h("button", { class: "button primary big-tap", id: "reveal" }, t("practice-reveal"));
    const answer = h("div", { class: "practice-answer", hidden: true },
      h("h3", {}, t("practice-your-answer")),
      q.answer ? h("p", { id: "practice-answer-text" }, q.answer) : h("p", { class: "subtle" }, t("practice-no-answer")),
      h("p", { class: "practice-ask" }, t("practice-how")),
      h("div", { class: "rating-buttons" },
        [...CHOICES.rating].reverse().map((rating) => h("button", {
          class: `button rating-${rating}`, "data-rating": rating,
          onClick: async () => {
            await api.recordPractice(q.id, rating);
            tally[rating] += 1;
            index += 1;
            card();
            stage.querySelector("button")?.focus();
          },
        }, t(`rating-${rating}`)))));
    reveal.addEventListener("click", () => {
      answer.hidden = false;
      reveal.hidden = true;
      answer.querySelector("[data-rating]").focus();
    });
    fill(stage, 
      h("p", { class: "practice-count", id: "practice-count" }, t("practice-count", { current: index + 1, total: deck.length })),
      h("p", { class: "practice-question", id: "practice-question" }, q.text),
      q.lastRating ? h("p", { class: "subtle" }, t("practice-last-time", { rating: t(`rating-${q.lastRating}`) })) : null,
      reveal,
      answer);
  };

  show(backLink(back, t("practice-back")), head, subtitle, stage);
  card();
}
