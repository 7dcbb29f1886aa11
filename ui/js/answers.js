// Building blocks of the reflection screens: tap-to-answer chips (tap the chosen one again to
// clear it), 1–5 scales, and texts that autosave. Each reports a change as (name, value).
import { t } from "./i18n.js";
import { h } from "./dom.js";

/** A radio group of chips. `choices` is [[value, label]]; `value` the current answer or null. */
export function chips(name, label, choices, value, onChange, { hint } = {}) {
  let current = value;
  const buttons = choices.map(([choice, text]) => h("button", {
    type: "button", role: "radio", class: "answer-chip", "data-value": choice,
    "aria-checked": String(choice === current),
    onClick: () => {
      current = current === choice ? null : choice;
      for (const b of buttons) b.setAttribute("aria-checked", String(b.dataset.value === String(current)));
      onChange(name, current);
    },
  }, text));
  return h("div", { class: "question-card", "data-answer": name },
    h("p", { class: "question-label", id: `q-${name}` }, label),
    hint ? h("p", { class: "hint" }, hint) : null,
    h("div", { class: "chip-row", role: "radiogroup", "aria-labelledby": `q-${name}` }, buttons));
}

export const yesPartlyNo = () => [["yes", t("answer-yes")], ["partly", t("answer-partly")], ["no", t("answer-no")]];
export const yesNo = () => [["yes", t("answer-yes")], ["no", t("answer-no")]];

/** A 1–5 scale; `labels` names each step (or only the ends, the middle shown as numbers). */
export function scale(name, label, value, onChange, labels) {
  const choices = [1, 2, 3, 4, 5].map((n) => [n, labels?.[n - 1] ?? String(n)]);
  const card = chips(name, label, choices, value, onChange);
  card.classList.add("scale");
  return card;
}

/** A text answer that autosaves through `saver` (see autosave.js). */
export function textAnswer(name, label, value, saver, { hint, rows = 2 } = {}) {
  const area = h("textarea", { id: `a-${name}`, rows, maxlength: 4000 }, value ?? "");
  area.addEventListener("input", () => saver.queue(name, area.value));
  area.addEventListener("blur", () => saver.flush());
  return h("div", { class: "question-card" },
    h("label", { class: "question-label", for: `a-${name}` }, label),
    hint ? h("p", { class: "hint" }, hint) : null,
    area);
}
