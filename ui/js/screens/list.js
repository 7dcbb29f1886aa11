// The list of interviews: upcoming soonest first, then earlier ones, latest first.
import { api } from "../api.js";
import { t, formatDateTime, formatParts, relativeDay } from "../i18n.js";
import { h, show, plusIcon } from "../dom.js";
import { toast } from "../feedback.js";
import { showDate } from "../datefield.js";

export const name = "list";
// A screenful and more; the rest comes with "Show more" (a long first page slowed the start-up).
const PAGE = 30;

export async function render({ isCurrent }) {
  const [page, reporting] = await Promise.all([api.listInterviews(PAGE, 0), reportingOrNone()]);
  if (!isCurrent()) return;
  const head = h("div", { class: "page-head" },
    h("h1", {}, t("list-title")),
    h("div", { class: "head-actions" },
      h("button", { type: "button", class: "button", id: "list-import", onClick: async () => (await import("./review.js")).importInvitation(async (work) => {
        try { await work(); } catch (failure) { toast(failure.fields?.[0]?.message ?? failure.message); }
      }) }, t("list-import")),
      h("a", { class: "button primary", href: "#/new", id: "new-interview" }, plusIcon(), t("action-new-interview"))));
  const banner = reportBanner(reporting);
  if (page.total === 0) {
    show(head, banner, h("section", { class: "empty card" },
      h("img", { src: "icon.svg", alt: "" }),
      h("h2", {}, t("list-empty-title")),
      h("p", {}, t("list-empty-body")),
      h("a", { class: "button primary", href: "#/new" }, t("action-new-interview"))));
    return;
  }
  const upcomingList = h("ul", { class: "interview-list", id: "upcoming-list" });
  const pastList = h("ul", { class: "interview-list", id: "past-list" });
  const upcomingSection = h("section", { "aria-labelledby": "upcoming-title" },
    h("h2", { class: "section-title", id: "upcoming-title" }, t("list-upcoming")), upcomingList);
  const pastSection = h("section", { "aria-labelledby": "past-title" },
    h("h2", { class: "section-title", id: "past-title" }, t("list-past")), pastList);
  const more = h("button", { class: "button", id: "load-more" }, t("list-load-more"));
  const lists = h("div", { class: "lists" }, upcomingSection, pastSection);

  let loaded = 0;
  const add = (items) => {
    for (const item of items) (item.upcoming ? upcomingList : pastList).append(row(item));
    loaded += items.length;
    upcomingSection.hidden = upcomingList.children.length === 0;
    pastSection.hidden = pastList.children.length === 0;
    more.hidden = loaded >= page.total;
    lists.classList.toggle("both", !upcomingSection.hidden && !pastSection.hidden);
  };
  more.addEventListener("click", async () => {
    more.disabled = true;
    add((await api.listInterviews(PAGE, loaded)).items);
    more.disabled = false;
  });
  add(page.items);
  show(head, banner,
    h("p", { class: "subtle", id: "list-summary" }, t("list-summary", { total: page.total, upcoming: page.upcoming })),
    lists,
    h("div", { class: "actions" }, more));
}

/** The reporting settings and what is due; the list still shows without them. */
async function reportingOrNone() {
  try {
    return await api.reporting();
  } catch (error) {
    console.error("the reporting status could not be read", error);
    return null;
  }
}

/** "Time to report …" once a period's report can be sent, until it is marked reported. */
function reportBanner(reporting) {
  const due = reporting?.due;
  if (!due) return null;
  const args = { start: showDate(due.period.start), end: showDate(due.period.end), due: showDate(due.dueDate), authority: t(`authority-${due.authority}`) };
  return h("section", { class: `card report-banner ${due.overdue ? "overdue" : ""}`, id: "report-banner", role: "status" },
    h("p", {}, t(due.overdue ? "report-banner-overdue" : "report-banner", args)),
    h("a", { class: "button primary", href: "#/report", id: "report-banner-open" }, t("report-open")));
}

function row(item) {
  const when = formatParts(item.startUtc, item.timeZone);
  const now = item.upcoming && new Date(item.startUtc) <= new Date();
  return h("li", { class: `interview-item ${item.upcoming ? "" : "past"}` },
    h("a", { class: "card", href: `#/i/${item.id}` },
      h("span", { class: "date-badge", "aria-hidden": "true" },
        h("span", { class: "day" }, when.day), h("span", { class: "month" }, when.month)),
      h("span", { class: "item-title" }, `${item.company} · ${item.role}`),
      h("span", { class: "item-meta" },
        now ? h("span", { class: "chip now" }, t("list-now")) : h("span", {}, relativeDay(item.startUtc)),
        h("span", {}, formatDateTime(item.startUtc, item.timeZone, { weekday: "short", month: "short", year: undefined })),
        h("span", { class: "chip" }, t(`round-${item.round}`)),
        h("span", { class: `chip status-${item.status}` }, t(`status-${item.status}`)))));
}
