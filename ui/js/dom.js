// Building the page without innerHTML: every text goes in as a text node, so whatever a user
// typed is shown as text and never run as markup.

/**
 * h("a", { href: "#/", class: "x", onClick: fn }, "text", child) — attributes starting with "on"
 * become listeners; `value`, `checked` and `disabled` are set as properties; null/false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === "value" || name === "checked" || name === "disabled") {
      el[name] = value;
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el` with `children` (arrays are flattened; null and false skipped). */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** Replaces the content of `main` with `nodes` and moves focus to its first heading. */
export function show(...nodes) {
  const main = document.getElementById("main");
  fill(main, nodes);
  const heading = main.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

/** Asks a yes/no question in a modal dialog; resolves true only for the confirming button. */
export function confirmDialog({ title, body, confirm, cancel }) {
  return new Promise((resolve) => {
    const dialog = h("dialog", { "aria-labelledby": "dialog-title" },
      h("h2", { id: "dialog-title" }, title),
      h("p", {}, body),
      h("div", { class: "actions" },
        h("button", { class: "button danger solid", value: "yes", id: "dialog-confirm", onClick: () => dialog.close("yes") }, confirm),
        h("button", { class: "button", value: "no", onClick: () => dialog.close("no") }, cancel)));
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue === "yes");
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An icon drawn in the current text colour from `parts` ([tag, attributes]); hidden from
 * screen readers, since the text beside it says what it means. */
function icon(parts, size) {
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: size, height: size, fill: "none", stroke: "currentColor",
    "stroke-width": "2.5", "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true", focusable: "false", class: "icon" })) svg.setAttribute(k, v);
  for (const [tag, attrs] of parts) {
    const part = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) part.setAttribute(k, v);
    svg.append(part);
  }
  return svg;
}

/** A small "ticked box" icon (works on any button, light or dark). */
export const tickIcon = (size = 22) => icon([["rect", { x: 3, y: 3, width: 18, height: 18, rx: 4 }], ["path", { d: "M8 12l3 3 5-6" }]], size);

/** A plus, for "new" and "add" (the full-width ＋ has no glyph in many fonts). */
export const plusIcon = (size = 20) => icon([["path", { d: "M12 5v14M5 12h14" }]], size);

/** A chevron pointing back. */
export const backIcon = (size = 22) => icon([["path", { d: "M15 5l-7 7 7 7" }]], size);
