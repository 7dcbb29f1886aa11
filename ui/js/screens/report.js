// The activity report for Arbetsförmedlingen or NAV: one period's activities (the interviews that
// took place and what the user added), each field as the authority's form asks for it with a
// copy button, the whole row too; "mark this period reported"; printable. The core decides the
// period, the fields and their words; this screen only shows them and copies.
import { api } from "../api.js";
import { CHOICES } from "../contract.js";
import { t, formatDateTime, deviceTimeZone } from "../i18n.js";
import { h, fill, show, confirmDialog } from "../dom.js";
import { toast } from "../feedback.js";
import { rerender } from "../nav.js";
import { dateField, readDate, showDate } from "../datefield.js";

export const name = "report";

// What the user chose on this screen, kept while the app runs: another authority or period.
const chosen = { authority: null, start: null, end: null };
// The activity being edited in the form below the report (null: adding a new one).
let editing = null;

export async function render({ isCurrent }) {
  const request = { ...(chosen.authority ? { authority: chosen.authority } : {}),
    ...(chosen.start ? { start: chosen.start, end: chosen.end } : {}) };
  const report = await api.report(request);
  if (!isCurrent()) return;
  const authority = report.authority;
  const range = (period) => t("report-period", { start: showDate(period.start), end: showDate(period.end) });
  const onSuggested = report.period.start === report.suggested.start && report.period.end === report.suggested.end;

  const who = h("select", { id: "report-authority", name: "authority" },
    CHOICES.authority.map((a) => h("option", { value: a, selected: a === authority }, t(`authority-${a}`))));
  who.addEventListener("change", () => {
    Object.assign(chosen, { authority: who.value, start: null, end: null });
    rerender();
  });
  const from = dateField({ id: "report-start", name: "start" }, report.period.start);
  const to = dateField({ id: "report-end", name: "end" }, report.period.end);
  const periodForm = h("form", { class: "report-period no-print", id: "report-period-form", onSubmit: (e) => {
    e.preventDefault();
    Object.assign(chosen, { start: readDate(from.value), end: readDate(to.value) });
    rerender();
  } },
    h("div", { class: "field" }, h("label", { for: "report-authority" }, t("report-authority-select")), who),
    h("div", { class: "field" }, h("label", { for: "report-start" }, t("report-period-start")), from),
    h("div", { class: "field" }, h("label", { for: "report-end" }, t("report-period-end")), to),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "button" }, t("report-period-show")),
      onSuggested ? null : h("button", { type: "button", class: "button quiet", id: "report-suggested", onClick: () => {
        Object.assign(chosen, { start: null, end: null });
        rerender();
      } }, t("report-period-suggested"))));

  show(
    h("div", { class: "page-head" },
      h("h1", {}, t("report-title")),
      h("div", { class: "head-actions no-print" },
        h("button", { type: "button", class: "button", id: "report-print", onClick: () => window.print() }, t("report-print")))),
    h("p", { class: "report-subtitle", id: "report-heading" },
      h("strong", {}, t("report-for", { authority: t(`authority-${authority}`) })), " · ",
      h("span", { id: "report-range" }, range(report.period))),
    h("p", { class: "hint" }, t(`report-${authority === "nav" ? "nav" : "af"}-hint`)),
    periodForm,
    status(report, range),
    rowsOf(report),
    activityForm(report));
}

/** Whether the period is reported, with the way to mark it (or take the mark back). */
function status(report, range) {
  const { authority, period } = report;
  const box = h("section", { class: "report-status card", id: "report-status", "aria-live": "polite" });
  if (report.reported) {
    fill(box,
      h("p", {}, t("report-reported-on", { date: formatDateTime(report.reported.reportedAt, deviceTimeZone(), { weekday: undefined, hour: undefined, minute: undefined }) }),
        " ", t("report-marked")),
      h("div", { class: "actions no-print" },
        h("button", { type: "button", class: "button", id: "report-unmark", onClick: async () => {
          try {
            await api.unmarkReported(authority, period.start);
          } catch (error) {
            toast(error.fields?.[0]?.message ?? error.message);
          }
          rerender();
        } }, t("report-unmark"))));
    return box;
  }
  fill(box,
    h("p", {}, t("report-due-by", { due: showDate(report.dueDate) })),
    report.lastReported ? h("p", { class: "subtle" }, t("report-last", { start: showDate(report.lastReported.period.start), end: showDate(report.lastReported.period.end) })) : null,
    h("div", { class: "actions no-print" },
      h("button", { type: "button", class: "button primary", id: "report-mark", onClick: async () => {
        // The screen stays on this period, now saying it is reported; the next visit opens
        // the period after it.
        try {
          box.replaceWith(status(await api.markReported(authority, period.start, period.end), range));
          toast(t("report-marked"));
        } catch (error) {
          toast(error.fields?.[0]?.message ?? error.message);
        }
      } }, t("report-mark"))));
  return box;
}

/** The rows, one per activity: each field with its copy button, the row's own copy button, and
 * for an activity the user added, edit and delete. A table on a wide screen, cards on a phone. */
function rowsOf(report) {
  if (report.rows.length === 0) {
    return h("p", { class: "empty-note card", id: "report-empty" }, t("report-empty"));
  }
  const head = h("thead", {}, h("tr", {},
    report.fields.map((f) => h("th", { scope: "col" }, f.label)),
    h("th", { scope: "col", class: "no-print" }, h("span", { class: "visually-hidden" }, t("report-copy-row")))));
  const body = h("tbody", {}, report.rows.map((row) => h("tr", {
    "data-source": row.source.type, "data-id": row.source.id,
  },
  row.cells.map((cell) => h("td", { "data-field": cell.field, "data-label": cell.label },
    h("span", { class: "cell-value" }, cell.value),
    cell.value ? h("button", {
      type: "button", class: "button quiet copy no-print", "data-copy": cell.field,
      "aria-label": t("report-copy-field", { field: cell.label }), title: t("report-copy-field", { field: cell.label }),
      onClick: () => copy(cell.value),
    }, t("report-copy")) : null)),
  h("td", { class: "row-actions no-print" }, h("div", { class: "row-buttons" },
    h("button", { type: "button", class: "button", "data-copy": "row", onClick: () => copy(row.line) }, t("report-copy-row")),
    row.source.type === "activity" ? [
      h("button", { type: "button", class: "button quiet", "data-action": "edit", onClick: async () => {
        editing = await api.activity(row.source.id);
        rerender();
      } }, t("report-edit-activity")),
      h("button", { type: "button", class: "button quiet danger", "data-action": "delete", onClick: () => remove(row.source.id) }, t("report-delete-activity")),
    ] : h("span", { class: "subtle from-interview" }, t("report-from-interview")))))));
  return h("div", { class: "report-table-wrap" }, h("table", { class: "report-table", id: "report-rows" }, head, body));
}

async function remove(id) {
  const sure = await confirmDialog({
    title: t("report-delete-activity"), body: t("report-delete-confirm"),
    confirm: t("report-delete-activity"), cancel: t("activity-cancel"),
  });
  if (!sure) return;
  try {
    await api.deleteActivity(id);
  } catch (error) {
    toast(error.message);
  }
  if (editing?.id === id) editing = null;
  rerender();
}

/** Puts `text` on the clipboard: the web's clipboard where the web view offers it, otherwise the
 * older copy command on a selected, hidden text field. */
async function copy(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
    } else {
      const field = h("textarea", { class: "offscreen", readonly: true, "aria-hidden": "true" });
      field.value = text;
      document.body.append(field);
      field.select();
      const copied = document.execCommand("copy");
      field.remove();
      if (!copied) throw new Error("the copy command was refused");
    }
    toast(t("report-copied", { text }));
  } catch (error) {
    console.error("copy failed", error);
    toast(t("report-copy-failed"));
  }
}

/** The form that adds an activity (or, after "Edit", changes one). */
function activityForm(report) {
  const a = editing ?? { kind: "application", date: "", employer: "", title: "", place: "", stage: "waiting", note: "" };
  const select = (id, choices, value, prefix) => h("select", { id, name: id },
    choices.map((c) => h("option", { value: c, selected: c === value }, t(`${prefix}-${c}`))));
  const kind = select("activity-kind", CHOICES.activityKind, a.kind, "activity-kind");
  const stage = select("activity-stage", CHOICES.activityStage, a.stage, "activity-stage");
  const date = dateField({ id: "activity-date", name: "date", required: true }, a.date || report.period.end);
  const text = (id, value, attrs = {}) => h("input", { id, name: id, type: "text", value, ...attrs });
  const employer = text("activity-employer", a.employer, { required: true, maxlength: 200, autocomplete: "organization" });
  const title = text("activity-title", a.title, { maxlength: 200 });
  const place = text("activity-place", a.place, { maxlength: 200 });
  const note = h("textarea", { id: "activity-note", name: "note", rows: 2, maxlength: 2000 });
  note.value = a.note;
  const errors = h("div", { class: "form-errors", role: "alert" });
  const field = (input, label) => h("div", { class: "field" }, h("label", { for: input.id }, t(label)), input);
  const save = async (event) => {
    event.preventDefault();
    const draft = { kind: kind.value, date: readDate(date.value), employer: employer.value, title: title.value,
      place: place.value, stage: stage.value, note: note.value };
    try {
      if (editing) await api.updateActivity(editing.id, draft);
      else await api.addActivity(draft);
      toast(t(editing ? "activity-saved" : "activity-added"));
      editing = null;
      rerender();
    } catch (error) {
      fill(errors, error.fields?.length
        ? h("ul", {}, error.fields.map((f) => h("li", { "data-field": f.field }, `${t(`activity-${f.field}-label`)}: ${f.message}`)))
        : h("p", {}, error.message));
    }
  };
  return h("section", { class: "card activity-form no-print", "aria-labelledby": "activity-form-title" },
    h("h2", { id: "activity-form-title" }, t(editing ? "report-edit-title" : "report-add-title")),
    h("form", { id: "activity-form", onSubmit: save },
      h("div", { class: "field-grid" },
        field(kind, "activity-kind-label"), field(date, "activity-date-label"),
        field(employer, "activity-employer-label"), field(title, "activity-title-label"),
        field(place, "activity-place-label"), field(stage, "activity-stage-label")),
      field(note, "activity-note-label"),
      errors,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button primary", id: "activity-submit" }, t(editing ? "activity-save" : "activity-add")),
        editing ? h("button", { type: "button", class: "button quiet", onClick: () => { editing = null; rerender(); } }, t("activity-cancel")) : null)));
}
