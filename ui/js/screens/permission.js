// Why Intervju wants to show notifications, before the phone asks (PRODUCT §13): shown once,
// when the first reminder is about to be planned, or from Settings while not yet asked.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, show } from "../dom.js";
import { toast } from "../feedback.js";
import { leaveFor } from "../nav.js";
import { AFTER_PERMISSION, ASK_LATER } from "../phone.js";

export const name = "permission";

export async function render({ isCurrent }) {
  const permission = await api.notificationPermission();
  if (!isCurrent()) return;
  const done = () => {
    const next = sessionStorage.getItem(AFTER_PERMISSION) ?? "#/";
    sessionStorage.removeItem(AFTER_PERMISSION);
    leaveFor(next);
  };
  show(
    h("div", { class: "page-head" }, h("h1", {}, t("permission-title"))),
    h("section", { class: "card" },
      h("p", {}, t("permission-why")),
      h("ul", { class: "permission-moments" },
        ["permission-why-before", "permission-why-after", "permission-why-next-day"].map((key) => h("li", {}, t(key)))),
      h("p", { class: "hint" }, t("permission-private")),
      permission.mayArriveLate ? h("p", { class: "hint", id: "permission-late" }, t("permission-late")) : null,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button primary", id: "permission-allow", onClick: async () => {
          try {
            const answer = await api.requestNotificationPermission();
            toast(t(answer.state === "granted" ? "permission-granted" : "permission-denied"));
          } catch (error) {
            toast(error.message);
          }
          done();
        } }, t("permission-allow")),
        h("button", { type: "button", class: "button", id: "permission-later", onClick: () => {
          sessionStorage.setItem(ASK_LATER, "true");
          done();
        } }, t("permission-later")))));
}
