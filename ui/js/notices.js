// Notices: what the app recovered from on its own (unreadable settings kept aside, say), told
// once when the window opens, above every screen, until the user has read them.
import { api } from "./api.js";
import { t } from "./i18n.js";
import { h, fill } from "./dom.js";
import { toast } from "./feedback.js";

export async function showNotices() {
  const strip = document.getElementById("notices");
  let notices;
  try {
    notices = await api.takeNotices();
  } catch (error) {
    toast(error.message);
    return;
  }
  strip.hidden = notices.length === 0;
  fill(strip, notices.map((notice) => {
    const card = h("section", { class: "due card", "data-notice": notice.kind },
      h("p", {}, notice.message),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", onClick: () => {
          card.remove();
          strip.hidden = strip.children.length === 0;
        } }, t("notice-dismiss"))));
    return card;
  }));
}
