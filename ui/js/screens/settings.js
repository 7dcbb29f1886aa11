// Settings: the language, where the data lives, and the welcome again.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { h, show } from "../dom.js";
import { refresh } from "../main.js";

export const name = "settings";

export async function render({ isCurrent }) {
  const [settings, info] = await Promise.all([api.settings(), api.appInfo()]);
  if (!isCurrent()) return;
  const systemLanguage = t(`language-${settings.systemLocale}`);
  const options = [
    ["auto", t("settings-language-auto", { language: systemLanguage })],
    ["nb", t("language-nb")],
    ["sv", t("language-sv")],
    ["en", t("language-en")],
  ];
  const select = h("select", { id: "language", name: "language" },
    options.map(([value, label]) => h("option", { value, selected: value === settings.language }, label)));
  select.addEventListener("change", async () => {
    await api.updateSettings({ language: select.value });
    await refresh();
    document.getElementById("language")?.focus();
  });

  show(
    h("div", { class: "page-head" }, h("h1", {}, t("settings-title"))),
    h("form", { onSubmit: (e) => e.preventDefault() },
      h("fieldset", {},
        h("legend", {}, t("settings-language")),
        h("div", { class: "field" }, h("label", { for: "language" }, t("settings-language")), select)),
      h("fieldset", {},
        h("legend", {}, t("settings-privacy-title")),
        info.dataDir
          ? [h("p", {}, t("settings-privacy-body")), h("p", {}, h("code", { id: "data-dir" }, info.dataDir))]
          : h("p", {}, t("settings-privacy-memory")),
        h("p", { class: "subtle" }, t("settings-about", { version: info.version }))),
      h("div", { class: "actions" },
        h("button", {
          type: "button", class: "button",
          onClick: async () => { await api.updateSettings({ welcomeSeen: false }); location.hash = "#/welcome"; },
        }, t("settings-show-welcome")))));
}

