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

/** Replaces the content of `main` with `nodes` and moves focus to its first heading. */
export function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren();
  append(main, nodes);
  const heading = main.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}

let toastTimer;
export function toast(text) {
  const el = document.getElementById("toast");
  el.textContent = text;
  el.classList.add("show");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove("show"), 3200);
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
