// The phone layout's moving parts, which CSS alone cannot know: how tall the top bar and the
// bottom tab bar are right now (they grow with the text size), and where the on-screen keyboard
// is, so the field being typed in is never under it or under a bar.

const FIELD = "input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, select, [contenteditable]";

/** Publishes the bars' heights as --topbar-h and --tabbar-h (app.css pads the page by them),
 * and keeps the focused field in view while the keyboard opens or the window shrinks. */
export function watchLayout() {
  const root = document.documentElement;
  const topbar = document.querySelector(".topbar");
  const tabbar = document.getElementById("nav");
  const measure = () => {
    root.style.setProperty("--topbar-h", `${topbar?.offsetHeight ?? 0}px`);
    // The tab bar stands at the bottom only on phones; elsewhere it sits in the top bar.
    const fixed = tabbar && getComputedStyle(tabbar).position === "fixed" && !tabbar.hidden;
    root.style.setProperty("--tabbar-h", `${fixed ? tabbar.offsetHeight : 0}px`);
  };
  measure();
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(measure);
    for (const el of [topbar, tabbar, root]) if (el) observer.observe(el);
  }
  window.addEventListener("resize", measure);

  document.addEventListener("focusin", (event) => {
    if (!event.target.matches?.(FIELD)) return;
    document.body.classList.add("typing");
    // The keyboard takes a moment to open; look again once the viewport has settled.
    requestAnimationFrame(() => keepInView(event.target));
  });
  document.addEventListener("focusout", () => {
    if (!document.activeElement?.matches?.(FIELD)) document.body.classList.remove("typing");
  });
  window.visualViewport?.addEventListener("resize", () => {
    const field = document.activeElement;
    if (field?.matches?.(FIELD)) keepInView(field);
  });
}

/** Scrolls `field` into the part of the screen the keyboard and the bars leave free. */
export function keepInView(field) {
  const viewport = window.visualViewport;
  const visibleTop = (viewport?.offsetTop ?? 0) + (document.querySelector(".topbar")?.offsetHeight ?? 0);
  const tabbar = document.getElementById("nav");
  const tabbarHeight = tabbar && getComputedStyle(tabbar).position === "fixed" && getComputedStyle(tabbar).display !== "none" ? tabbar.offsetHeight : 0;
  // The bottom of what can be seen: the keyboard's top edge, or the tab bar's, whichever is higher.
  const visibleBottom = Math.min((viewport?.offsetTop ?? 0) + (viewport?.height ?? window.innerHeight), window.innerHeight - tabbarHeight);
  const rect = field.getBoundingClientRect();
  if (rect.top >= visibleTop && rect.bottom <= visibleBottom) return;
  const middle = (visibleTop + visibleBottom) / 2;
  window.scrollBy({ top: rect.top + Math.min(rect.height, visibleBottom - visibleTop) / 2 - middle, behavior: "auto" });
}
