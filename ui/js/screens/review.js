// The review at home: search everything, trends as charts, every interview as a sortable table
// or a timeline with filters, the history per employer, and export and import.
import { CHOICES } from "../contract.js";
import { api } from "../api.js";
import { t, formatDateTime, formatParts } from "../i18n.js";
import { h, fill, show } from "../dom.js";
import { toast } from "../feedback.js";
import { trendFigures } from "../charts.js";
import { startFrom } from "./form.js";
import { showInvitation } from "./invitation.js";
import { dateField, readDate } from "../datefield.js";

export const name = "review";

const STATUSES = CHOICES.status;
const ROUNDS = CHOICES.round;
const PAGE = 100;
const COLUMNS = [
  ["start", "col-date"], ["company", "col-company"], ["role", "col-role"],
  ["round", "col-round"], ["status", "col-status"], ["rating", "col-rating"],
];
// The private-use marks the core puts around each match in a snippet.
const MARK_START = "\uE000";
const MARK_END = "\uE001";

// Filters, sort and view survive leaving the screen and coming back.
const state = { filter: { statuses: [], sort: "start", descending: true }, view: "table", query: "" };

export async function render({ isCurrent }) {
  const [trends, companies] = await Promise.all([api.reviewTrends(), api.reviewCompanies()]);
  if (!isCurrent()) return;
  const table = h("div", { id: "review-rows" });
  const count = h("p", { class: "subtle", id: "review-count", "aria-live": "polite" });
  const more = h("button", { class: "button", id: "review-more", hidden: true }, t("review-more"));
  const rows = { loaded: [], total: 0 };

  const load = async (append = false) => {
    // The timeline always runs through time, newest first, whatever the table was sorted by.
    const order = state.view === "timeline" ? { sort: "start", descending: true } : {};
    const page = await api.review({ ...cleanFilter(), ...order, limit: PAGE, offset: append ? rows.loaded.length : 0 });
    rows.loaded = append ? rows.loaded.concat(page.rows) : page.rows;
    rows.total = page.total;
    fill(table, state.view === "table" ? tableView(rows.loaded, load) : timelineView(rows.loaded));
    fill(count, t("review-count", { shown: rows.loaded.length, total: rows.total }));
    more.hidden = rows.loaded.length >= rows.total;
  };
  more.addEventListener("click", () => load(true));

  const filters = filterForm(companies, () => load());
  const charts = trendFigures(trends);
  show(
    h("div", { class: "page-head" },
      h("h1", {}, t("review-title")),
      h("div", { class: "head-actions no-print" },
        h("a", { class: "button", id: "open-report", href: "#/report" }, t("review-report")),
        h("button", { class: "button", id: "print-report", onClick: () => window.print() }, t("export-print")))),
    searchSection(),
    h("section", { class: "review-section", "aria-labelledby": "trends-title" },
      h("h2", { class: "section-title", id: "trends-title" }, t("review-trends-title")),
      trends.reflections === 0
        ? h("p", { class: "subtle", id: "trends-empty" }, t("review-trends-empty"))
        : [h("p", { class: "subtle", id: "trend-averages" }, t("review-averages", {
            count: trends.reflections,
            first: number(trends.averageFirstRating),
            later: number(trends.averageLaterRating),
          })),
          h("div", { class: "chart-grid" }, charts.figures)],
      recurring(trends)),
    h("section", { class: "review-section", "aria-labelledby": "interviews-title" },
      h("h2", { class: "section-title", id: "interviews-title" }, t("review-interviews-title")),
      filters, count, table, h("div", { class: "actions no-print" }, more)),
    companiesSection(companies, filters),
    exchangeSection());
  await load();
  if (trends.reflections > 0) {
    try {
      await charts.draw();
    } catch (error) {
      console.error(error);
    }
  }
  if (state.query) document.getElementById("review-search").dispatchEvent(new Event("input"));
  document.body.dataset.charts = String(document.querySelectorAll(".chart canvas").length);
}

function cleanFilter() {
  const f = { ...state.filter };
  for (const key of ["company", "round", "from", "to"]) if (!f[key]) delete f[key];
  return f;
}

function number(value) {
  return value == null ? "–" : new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 }).format(value);
}

function searchSection() {
  const input = h("input", {
    type: "search", id: "review-search", value: state.query, autocomplete: "off",
    maxlength: 200, "aria-describedby": "review-search-hint",
  });
  const results = h("div", { id: "search-results", "aria-live": "polite" });
  let timer;
  let asked = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = input.value.trim();
      state.query = query;
      const token = ++asked;
      if (!query) return fill(results);
      const hits = await api.search(query);
      if (token !== asked) return;
      fill(results, hits.length === 0
        ? h("p", { class: "subtle" }, t("review-search-none", { query }))
        : [h("p", { class: "subtle" }, t("review-search-count", { count: hits.length })),
          h("ul", { class: "hits" }, hits.map(hit))]);
    }, 180);
  });
  return h("section", { class: "review-section no-print", role: "search" },
    h("label", { for: "review-search", class: "section-title" }, t("review-search-label")),
    // What can be found, said above the field: as its placeholder it was cut off on a phone.
    h("p", { class: "hint", id: "review-search-hint" }, t("review-search-hint")),
    input, results);
}

function hit(found) {
  const href = found.questionId ? "#/questions" : `#/i/${found.interviewId}${sourcePage(found.source)}`;
  const title = found.questionId ? found.company : `${found.company} · ${found.role}`;
  return h("li", {},
    h("a", { class: "card hit", href },
      h("span", { class: "item-title" }, title),
      h("span", { class: "item-meta" },
        h("span", { class: "chip" }, t(`source-${found.source}`)),
        found.startUtc ? h("span", {}, formatDateTime(found.startUtc, undefined, { weekday: undefined, hour: undefined, minute: undefined })) : null),
      h("span", { class: "snippet" }, highlighted(found.snippet))));
}

function sourcePage(source) {
  return { preparation: "/prepare", lists: "/prepare", practice: "/prepare", reflection: "/reflect" }[source] ?? "";
}

/** The snippet as text nodes with <mark> elements: no HTML from the data is ever parsed. */
export function highlighted(snippet) {
  // The indexed text is the fields of a part one per line; a snippet reads as one line.
  const flat = snippet.replace(/\s*\n\s*/g, " · ").replace(/^( · )+|( · )+$/g, "");
  const parts = [];
  for (const [i, piece] of flat.split(MARK_START).entries()) {
    if (i === 0) { parts.push(piece); continue; }
    const [match, rest = ""] = piece.split(MARK_END);
    parts.push(h("mark", {}, match), rest);
  }
  return parts;
}

function recurring(trends) {
  const forgotten = trends.forgotten.length === 0 ? null : h("div", { class: "card", id: "forgotten" },
    h("h3", {}, t("review-forgotten-title")),
    h("ul", { class: "plain-list" }, trends.forgotten.map((f) =>
      h("li", { class: f.learned ? "learned" : "" }, t("review-forgotten-item", { text: f.text, count: f.occurrences })))));
  const lessons = trends.openLessons.length === 0 ? null : h("div", { class: "card", id: "open-lessons" },
    h("h3", {}, t("review-lessons-title")),
    h("ul", { class: "plain-list" }, trends.openLessons.map((l) =>
      h("li", {}, l.occurrences > 1 ? t("review-forgotten-item", { text: l.text, count: l.occurrences }) : l.text))));
  return forgotten || lessons ? h("div", { class: "lesson-grid" }, forgotten, lessons) : null;
}

function filterForm(companies, reload) {
  const f = state.filter;
  const statusBoxes = STATUSES.map((s) => h("label", { class: "check-chip" },
    h("input", { type: "checkbox", value: s, checked: f.statuses.includes(s), "data-status": s }),
    t(`status-${s}`)));
  const company = h("input", { id: "filter-company", list: "company-names", value: f.company ?? "", maxlength: 200, autocomplete: "off" });
  const round = h("select", { id: "filter-round" },
    h("option", { value: "" }, t("filter-any-round")),
    ROUNDS.map((r) => h("option", { value: r, selected: f.round === r }, t(`round-${r}`))));
  const from = dateField({ id: "filter-from" }, f.from ?? "");
  const to = dateField({ id: "filter-to" }, f.to ?? "");
  const view = h("div", { class: "segmented", role: "group", "aria-label": t("view-label") },
    ["table", "timeline"].map((v) => h("button", {
      type: "button", id: `view-${v}`, "aria-pressed": String(state.view === v),
      onClick: () => { state.view = v; view.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.id === `view-${v}`))); reload(); },
    }, t(`view-${v}`))));
  const error = h("p", { class: "form-error", role: "alert" });
  const apply = async () => {
    f.statuses = statusBoxes.map((l) => l.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
    Object.assign(f, { company: company.value.trim(), round: round.value, from: readDate(from.value), to: readDate(to.value) });
    try {
      error.textContent = "";
      await reload();
    } catch (failure) {
      error.textContent = failure.fields?.[0]?.message ?? failure.message;
    }
  };
  for (const input of [company, round, from, to, ...statusBoxes.map((l) => l.querySelector("input"))]) {
    input.addEventListener("change", apply);
  }
  const clear = h("button", { type: "button", class: "button quiet", id: "filter-clear", onClick: () => {
    for (const l of statusBoxes) l.querySelector("input").checked = false;
    company.value = ""; round.value = ""; from.value = ""; to.value = "";
    apply();
  } }, t("filter-clear"));
  const form = h("form", { class: "filters card no-print", id: "review-filters", onSubmit: (e) => { e.preventDefault(); apply(); } },
    h("fieldset", { class: "status-filter" }, h("legend", {}, t("filter-status")), statusBoxes),
    h("div", { class: "filter-row" },
      labelled("filter-company", t("filter-company"), company),
      labelled("filter-round", t("filter-round"), round),
      labelled("filter-from", t("filter-from"), from),
      labelled("filter-to", t("filter-to"), to)),
    h("datalist", { id: "company-names" }, companies.map((c) => h("option", { value: c.company }))),
    error,
    h("div", { class: "filter-row" }, view, clear));
  form.setCompany = (name) => { company.value = name; apply(); };
  return form;
}

function labelled(id, label, input) {
  return h("div", { class: "field" }, h("label", { for: id }, label), input);
}

function tableView(list, reload) {
  if (list.length === 0) return h("p", { class: "empty-note", id: "review-empty" }, t("review-none"));
  const f = state.filter;
  const head = COLUMNS.map(([key, label]) => {
    const sorted = f.sort === key;
    return h("th", { scope: "col", "aria-sort": sorted ? (f.descending ? "descending" : "ascending") : "none" },
      h("button", { type: "button", class: "sort", "data-sort": key, onClick: () => {
        if (f.sort === key) f.descending = !f.descending;
        else Object.assign(f, { sort: key, descending: key === "start" || key === "rating" });
        reload();
      } }, t(label), h("span", { class: "sort-mark", "aria-hidden": "true" }, sorted ? (f.descending ? " ▼" : " ▲") : "")));
  });
  return h("div", { class: "table-wrap" }, h("table", { class: "review-table", id: "review-table" },
    h("thead", {}, h("tr", {}, head)),
    // Each cell names its column, which a phone shows beside it when the rows stand as cards.
    h("tbody", {}, list.map((r) => h("tr", {},
      h("td", { "data-label": t("col-date") }, h("a", { href: `#/i/${r.id}` }, formatDateTime(r.startUtc, r.timeZone, { weekday: undefined, month: "short" }))),
      h("td", { "data-label": t("col-company") }, r.company),
      h("td", { "data-label": t("col-role") }, r.role),
      h("td", { "data-label": t("col-round") }, t(`round-${r.round}`)),
      h("td", { "data-label": t("col-status") }, h("span", { class: `chip status-${r.status}` }, t(`status-${r.status}`))),
      h("td", { class: "num", "data-label": t("col-rating") }, rating(r)))))));
}

function rating(r) {
  if (r.firstRating == null && r.laterRating == null) return "–";
  if (r.laterRating == null || r.laterRating === r.firstRating) return `${r.laterRating ?? r.firstRating}/5`;
  return `${r.firstRating ?? "–"} → ${r.laterRating}/5`;
}

function timelineView(list) {
  if (list.length === 0) return h("p", { class: "empty-note", id: "review-empty" }, t("review-none"));
  const months = new Map();
  for (const r of list) {
    const key = formatDateTime(r.startUtc, r.timeZone, { weekday: undefined, day: undefined, hour: undefined, minute: undefined });
    if (!months.has(key)) months.set(key, []);
    months.get(key).push(r);
  }
  return h("ol", { class: "timeline", id: "review-timeline" }, [...months].map(([month, items]) =>
    h("li", { class: "timeline-month" },
      h("h3", {}, month),
      h("ul", {}, items.map((r) => {
        const when = formatParts(r.startUtc, r.timeZone);
        return h("li", { class: `timeline-item status-${r.status}` },
          h("a", { href: `#/i/${r.id}` },
            h("span", { class: "timeline-date" }, `${when.day}. ${when.month} ${when.time}`),
            h("span", { class: "item-title" }, `${r.company} · ${r.role}`),
            h("span", { class: "item-meta" },
              h("span", { class: "chip" }, t(`round-${r.round}`)),
              h("span", { class: `chip status-${r.status}` }, t(`status-${r.status}`)),
              r.firstRating != null ? h("span", {}, rating(r)) : null)));
      })))));
}

function companiesSection(companies, filters) {
  if (companies.length === 0) return null;
  const day = (iso) => formatDateTime(iso, undefined, { weekday: undefined, hour: undefined, minute: undefined, month: "short" });
  return h("section", { class: "review-section", "aria-labelledby": "companies-title" },
    h("h2", { class: "section-title", id: "companies-title" }, t("review-companies-title")),
    h("ul", { class: "company-grid", id: "company-list" }, companies.map((c) => h("li", { class: "card company" },
      h("h3", {}, c.company),
      h("p", { class: "subtle" }, t("company-summary", { count: c.interviews, first: day(c.firstStart), last: day(c.lastStart) })),
      h("p", {}, h("span", { class: `chip status-${c.latestStatus}` }, t(`status-${c.latestStatus}`)),
        c.reachedLaterRound ? h("span", { class: "chip" }, t("company-later-round")) : null),
      h("button", { type: "button", class: "button quiet no-print", onClick: () => {
        filters.setCompany(c.company);
        document.getElementById("interviews-title").scrollIntoView({ behavior: "smooth" });
      } }, t("company-show"))))));
}

function exchangeSection() {
  const status = h("p", { class: "subtle", id: "exchange-status", role: "status" });
  const run = async (work) => {
    try {
      fill(status);
      await work();
    } catch (failure) {
      fill(status, h("span", { class: "form-error" }, failure.fields?.[0]?.message ?? failure.message));
    }
  };
  const exportAs = (format) => run(async () => {
    const filter = format === "json" ? undefined : cleanFilter();
    delete filter?.sort; delete filter?.descending;
    const path = await api.exportFile(format, filter);
    if (path) {
      fill(status, t("export-saved", { path }));
      toast(t("export-saved", { path }));
    }
  });
  const button = (id, label, onClick, hint) => h("div", { class: "exchange-item" },
    h("button", { type: "button", class: "button", id, onClick }, label),
    hint ? h("p", { class: "hint" }, hint) : null);
  return h("section", { class: "review-section no-print", "aria-labelledby": "exchange-title" },
    h("h2", { class: "section-title", id: "exchange-title" }, t("review-exchange-title")),
    h("div", { class: "exchange card" },
      h("div", {},
        h("h3", {}, t("review-export-title")),
        h("p", { class: "hint" }, t("export-filtered-hint")),
        button("export-csv", t("export-csv"), () => exportAs("csv"), t("export-csv-hint")),
        button("export-ics", t("export-ics"), () => exportAs("ics")),
        button("export-markdown", t("export-md"), () => exportAs("markdown")),
        button("export-json", t("export-json"), () => exportAs("json"), t("export-json-hint"))),
      h("div", {},
        h("h3", {}, t("review-import-title")),
        button("import-invitation", t("import-invitation"), () => importInvitation(run)),
        button("import-backup", t("import-backup"), () => run(async () => {
          const summary = await api.importBackup();
          if (!summary) return;
          fill(status, t("import-done", { added: summary.interviews, duplicates: summary.duplicates }));
          toast(t("import-done", { added: summary.interviews, duplicates: summary.duplicates }));
          window.dispatchEvent(new HashChangeEvent("hashchange"));
        }), t("import-backup-hint")))),
    status);
}

/** Reads an invitation: a new one opens the new-interview form with it, for the user to check;
 * one about an interview already here (an update, a cancellation, nothing new) opens the choice
 * of what to do with that interview. */
export async function importInvitation(run = (work) => work()) {
  await run(async () => showImportedInvitation(await api.importInvitation()));
}

/** Shows an invitation as the core read it (`null`: none), from the dialog or handed to the app
 * from outside (handed.js): the form for a new one, the choice for one about an interview here. */
export function showImportedInvitation(invitation) {
  if (!invitation) return;
  if (invitation.known.kind === "new" && invitation.cancelled) {
    toast(t("invitation-cancels-unknown"));
    return;
  }
  const target = invitation.known.kind === "new" ? "#/new" : "#/invitation";
  if (target === "#/new") startFrom(invitation);
  else showInvitation(invitation);
  if (location.hash === target) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = target;
}
