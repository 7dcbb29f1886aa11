// First run: the loop in a few lines, and a way straight to the first interview.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, show } from "../dom.js";

export const name = "welcome";

export async function render() {
  const done = async (target) => {
    await api.updateSettings({ welcomeSeen: true });
    location.hash = target;
  };
  const steps = ["welcome-step-prepare", "welcome-step-way-in", "welcome-step-reflect", "welcome-step-learn"];
  show(h("section", { class: "welcome" },
    h("img", { src: "icon.svg", alt: "", width: 64, height: 64 }),
    h("h1", {}, t("welcome-title")),
    h("p", { class: "lead" }, t("welcome-lead")),
    h("ol", { class: "steps" },
      steps.map((id, i) => h("li", {}, h("span", { class: "num", "aria-hidden": "true" }, i + 1), h("span", {}, t(id))))),
    h("p", { class: "privacy-note" }, h("img", { src: "img/lock.svg", alt: "", width: 22, height: 22 }), t("welcome-privacy")),
    h("div", { class: "actions" },
      h("button", { class: "button primary", id: "welcome-start", onClick: () => done("#/new") }, t("welcome-start")),
      h("button", { class: "button quiet", id: "welcome-skip", onClick: () => done("#/") }, t("welcome-skip")))));
}
