// Lessons from earlier interviews, shown where they help: on the preparation sheet and on the
// way in. "Learned it" retires a lesson everywhere.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { h } from "./dom.js";

export function lessonsCard(lessons, id = "lessons") {
  if (!lessons.length) return null;
  const list = h("ul", { class: "lesson-list" });
  for (const lesson of lessons) {
    const row = h("li", { "data-lesson": lesson.id },
      h("span", { class: "lesson-text" },
        lesson.kind === "forgot" ? t("lesson-forgot", { text: lesson.text }) : lesson.text,
        h("small", { class: "subtle" }, lesson.occurrences > 1
          ? t("lesson-recurring", { count: lesson.occurrences })
          : t("lesson-from", { company: lesson.company }))),
      h("button", { type: "button", class: "button quiet", onClick: async () => {
        await api.setLessonLearned(lesson.id, true);
        row.remove();
        if (!list.children.length) card.remove();
      } }, t("lesson-learned")));
    list.append(row);
  }
  const card = h("section", { class: "lessons card", id },
    h("h2", {}, t("checklist-lessons-title")), list);
  return card;
}
