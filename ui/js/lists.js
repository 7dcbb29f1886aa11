// An editable list for the preparation sheet: add, tick, remove, and — for ranked lists — move
// items by drag and drop or from the keyboard (the arrow buttons, or Alt+↑/↓ on an item).
import { t } from "./i18n.js";
import { h } from "./dom.js";

/**
 * options: { id, items, ranked, checkable, addLabel, placeholder, onAdd(text), onToggle(item, done),
 *            onRemove(item), onReorder(ids) } — every handler returns a promise.
 */
export function editableList(options) {
  const { id, items, ranked = false, checkable = false } = options;
  const list = h(ranked ? "ol" : "ul", { class: `edit-list ${ranked ? "ranked" : ""}`, id });
  const move = async (index, by) => {
    const ids = items.map((i) => i.id);
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target], ids[index]];
    await options.onReorder(ids);
    document.querySelector(`#${id} [data-id="${items[index].id}"] .move-${by < 0 ? "up" : "down"}`)?.focus();
  };

  items.forEach((item, index) => {
    const row = h("li", { "data-id": item.id, class: item.done ? "done" : null, draggable: ranked ? "true" : null, tabindex: ranked ? 0 : null },
      ranked ? h("span", { class: "rank", "aria-hidden": "true" }, index + 1) : null,
      checkable
        ? h("label", { class: "item-text" },
          h("input", { type: "checkbox", checked: item.done, onChange: (e) => options.onToggle(item, e.target.checked) }),
          h("span", {}, item.text))
        : h("span", { class: "item-text" }, item.text),
      ranked ? [
        h("button", { type: "button", class: "icon-button move-up", "aria-label": t("list-move-up", { item: item.text }), disabled: index === 0, onClick: () => move(index, -1) }, "↑"),
        h("button", { type: "button", class: "icon-button move-down", "aria-label": t("list-move-down", { item: item.text }), disabled: index === items.length - 1, onClick: () => move(index, 1) }, "↓"),
      ] : null,
      h("button", { type: "button", class: "icon-button remove", "aria-label": t("list-remove", { item: item.text }), onClick: () => options.onRemove(item) }, "✕"));
    if (ranked) {
      row.addEventListener("keydown", (e) => {
        if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
          e.preventDefault();
          move(index, e.key === "ArrowUp" ? -1 : 1);
        }
      });
      row.addEventListener("dragstart", (e) => { e.dataTransfer.setData("text/plain", String(index)); row.classList.add("dragging"); });
      row.addEventListener("dragend", () => row.classList.remove("dragging"));
      row.addEventListener("dragover", (e) => e.preventDefault());
      row.addEventListener("drop", (e) => {
        e.preventDefault();
        const from = Number(e.dataTransfer.getData("text/plain"));
        if (Number.isNaN(from) || from === index) return;
        const ids = items.map((i) => i.id);
        const [moved] = ids.splice(from, 1);
        ids.splice(index, 0, moved);
        options.onReorder(ids);
      });
    }
    list.append(row);
  });

  const input = h("input", { id: `${id}-new`, maxlength: 300, placeholder: options.placeholder ?? "", autocomplete: "off", "aria-label": options.addLabel });
  const form = h("form", { class: "add-row", onSubmit: async (e) => {
    e.preventDefault();
    if (!input.value.trim()) return;
    await options.onAdd(input.value);
    document.getElementById(`${id}-new`)?.focus();
  } }, input, h("button", { type: "submit", class: "button", id: `${id}-add` }, t("list-add")));
  return h("div", { class: "edit-list-wrap" }, list, form);
}
