// On the way in: a one-handed checklist with big rows. Every tap is saved at once; the list is
// redrawn from what the core answers, so what is shown is what is on disk.
import { CHOICES } from "../contract.js";
import { api } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, fill, show, confirmDialog } from "../dom.js";
import { toast, showError } from "../feedback.js";
import { backLink } from "../nav.js";
import { lessonsCard } from "../lessons.js";

export const name = "checklist";

export async function render({ id, isCurrent }) {
  const [item, first] = await Promise.all([api.interview(id), api.checklist(id)]);
  if (!isCurrent()) return;
  let editing = false;

  const progressText = h("p", { class: "progress-text", id: "checklist-progress" });
  const bar = h("div", { class: "progress-bar", role: "progressbar", "aria-labelledby": "checklist-progress", "aria-valuemin": 0 },
    h("span", { class: "progress-fill" }));
  const body = h("div", { id: "checklist-body" });
  const editButton = h("button", { type: "button", class: "button", id: "checklist-edit" });

  /** Runs a change, then redraws from the list the core returns; keeps focus on the same item. */
  const change = async (request) => {
    const focusKey = document.activeElement?.closest("[data-key]")?.dataset.key;
    try {
      paint(await request());
    } catch (error) {
      if (error.fields?.length) toast(error.fields[0].message);
      else showError(error);
      return;
    }
    if (focusKey) body.querySelector(`[data-key="${CSS.escape(focusKey)}"] input`)?.focus();
  };

  const paint = (view) => {
    const { done, total } = view.progress;
    progressText.textContent = t("checklist-progress", { done, total });
    bar.setAttribute("aria-valuemax", total);
    bar.setAttribute("aria-valuenow", done);
    bar.querySelector(".progress-fill").style.width = total ? `${(100 * done) / total}%` : "0";
    document.body.classList.toggle("checklist-ready", view.ready);
    editButton.textContent = editing ? t("checklist-done-editing") : t("checklist-edit");

    fill(body,
      view.ready ? h("section", { class: "ready card", role: "status", id: "checklist-ready" },
        h("img", { src: "img/check.svg", alt: "", width: 40, height: 40 }),
        h("div", {}, h("h2", {}, t("checklist-ready-title")), h("p", {}, t("checklist-ready-body")))) : null,
      lessonsCard(view.lessons, "checklist-lessons"),
      total === 0 ? h("p", { class: "subtle" }, t("checklist-empty")) : null,
      view.sections.filter((s) => s.items.length).map((section) =>
        h("section", { class: "check-section" },
          h("h2", { class: "section-title" }, t(`check-section-${section.id}`)),
          h("ul", { class: "check-list" }, section.items.map((entry) => row(entry))))),
      editing ? editor(view) : null);
  };

  const row = (entry) => {
    const text = entry.textId ? t(entry.textId) : entry.text;
    const box = h("input", {
      type: "checkbox", checked: entry.checked,
      onChange: () => change(() => api.checkItem(id, entry.key, box.checked)),
    });
    return h("li", { class: `check-row ${entry.checked ? "done" : ""}`, "data-key": entry.key },
      h("label", {}, box, h("span", { class: "check-text" }, text,
        entry.own ? h("small", { class: "own-tag" }, t(entry.own === "everywhere" ? "checklist-own-everywhere" : "checklist-own-here")) : null)),
      editing ? h("div", { class: "row-actions" },
        entry.own
          ? h("button", { type: "button", class: "button quiet danger", onClick: () => change(() => api.removeItem(id, entry.key)) }, t("checklist-remove"))
          : [h("button", { type: "button", class: "button quiet", onClick: () => change(() => api.hideItem(id, entry.key, "interview")) }, t("checklist-hide-here")),
            h("button", { type: "button", class: "button quiet", onClick: () => change(() => api.hideItem(id, entry.key, "everywhere")) }, t("checklist-hide-everywhere"))]) : null);
  };

  const editor = (view) => {
    const text = h("input", { id: "own-text", maxlength: 200, autocomplete: "off" });
    const section = h("select", { id: "own-section" },
      CHOICES.section.map((s) => h("option", { value: s }, t(`check-section-${s}`))));
    const everywhere = h("input", { type: "checkbox", id: "own-everywhere" });
    const add = async (event) => {
      event.preventDefault();
      await change(() => api.addItem(id, section.value, text.value, everywhere.checked ? "everywhere" : "interview"));
    };
    return h("div", { class: "editor" },
      view.hidden.length ? h("section", { class: "card" },
        h("h2", {}, t("checklist-hidden-title")),
        h("ul", { class: "hidden-list" }, view.hidden.map((entry) =>
          h("li", { "data-key": entry.key },
            h("span", {}, entry.textId ? t(entry.textId) : entry.text,
              h("br"), h("small", { class: "subtle" }, t(entry.hidden === "everywhere" ? "checklist-hidden-everywhere" : "checklist-hidden-here"))),
            h("button", { type: "button", class: "button", onClick: () => change(() => api.restoreItem(id, entry.key)) }, t("checklist-restore")))))) : null,
      h("form", { class: "card", id: "own-item-form", onSubmit: add },
        h("h2", {}, t("checklist-add-title")),
        h("div", { class: "field" }, h("label", { for: "own-text" }, t("checklist-add-text-label")), text),
        h("div", { class: "field" }, h("label", { for: "own-section" }, t("checklist-add-section-label")), section),
        h("label", { class: "inline-check" }, everywhere, t("checklist-add-everywhere")),
        h("div", { class: "actions" }, h("button", { type: "submit", class: "button primary", id: "own-add" }, t("checklist-add")))),
      h("div", { class: "actions" },
        h("button", {
          type: "button", class: "button danger", id: "checklist-reset",
          onClick: async () => {
            const yes = await confirmDialog({
              title: t("checklist-reset-confirm-title"), body: t("checklist-reset-confirm-body"),
              confirm: t("checklist-reset-yes"), cancel: t("action-cancel"),
            });
            if (yes) await change(() => api.resetChecklist(id));
          },
        }, t("checklist-reset"))));
  };

  editButton.addEventListener("click", async () => {
    editing = !editing;
    await change(() => api.checklist(id));
  });

  // The progress and the one other action stay at the bottom, where a thumb reaches them.
  show(
    backLink(`#/i/${id}`, item.company),
    h("div", { class: "checklist-title" },
      h("h1", {}, t("checklist-title")),
      h("p", { class: "subtle" }, `${item.company} · ${formatDateTime(item.startUtc, item.timeZone, { year: undefined })}`)),
    body,
    h("div", { class: "thumb-dock", id: "checklist-dock" },
      h("div", { class: "progress" }, progressText, bar),
      editButton));
  paint(first);
}
