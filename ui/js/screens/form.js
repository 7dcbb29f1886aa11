// Creating and editing an interview. The core checks everything; this form shows its verdict
// beside each field and keeps what the user typed.
import { CHOICES } from "../contract.js";
import { api, ApiError } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, show, plusIcon } from "../dom.js";
import { backLink, goUp, leaveFor } from "../nav.js";
import { throughPermission } from "../phone.js";
import { toast } from "../feedback.js";
import { dateField, readDate, timeField, readTime } from "../datefield.js";

export const name = "form";

const ROUNDS = CHOICES.round;
const STATUSES = CHOICES.status;

/** Which input shows the error of each field the core may name. */
const FIELD_INPUT = {
  company: "f-company", role: "f-role", round: "f-round", previousRoundId: "f-previous",
  status: "f-status", startLocal: "f-date", timeZone: "f-zone", durationMinutes: "f-duration",
  location: "f-location", interviewers: "add-person", contactName: "f-contact-name",
  contactInfo: "f-contact-info", jobAdUrl: "f-ad-url", jobAdText: "f-ad-text", notes: "f-notes",
};

let invitation = null;

/** A calendar invitation read by the core: the next new-interview form starts from it. */
export function startFrom(read) {
  invitation = read;
}

export async function render({ id, after, isCurrent }) {
  const imported = !id && !after ? invitation : null;
  invitation = null;
  const [existing, earlier, zones, others] = await Promise.all([
    id ? api.interview(id) : null,
    after ? api.interview(after) : null,
    api.timeZones(),
    api.listInterviews(500, 0),
  ]);
  if (!isCurrent()) return;
  const v = existing ?? (earlier ? nextRound(earlier) : imported ? imported.draft
    : { round: "first", status: "planned", durationMinutes: 60, timeZone: zones.device, interviewers: [] });
  const [date, time] = (v.startLocal ?? "T").split("T");

  const people = h("div", { id: "people" });
  const addPerson = (person = { name: "", role: "" }) => {
    const index = people.children.length;
    const row = h("div", { class: "person-row" },
      field(`f-person-${index}-name`, `interviewers.${index}.name`, t("field-interviewer-name-label"),
        h("input", { value: person.name, maxlength: 120, autocomplete: "off", "data-person": "name" })),
      field(`f-person-${index}-role`, `interviewers.${index}.role`, t("field-interviewer-role-label"),
        h("input", { value: person.role, maxlength: 120, autocomplete: "off", "data-person": "role" })),
      h("button", { type: "button", class: "button quiet", onClick: () => { row.remove(); renumber(people); } }, t("action-remove")));
    people.append(row);
    return row;
  };
  v.interviewers.forEach((p) => addPerson(p));

  const roundSelect = select("f-round", ROUNDS.map((r) => [r, t(`round-${r}`)]), v.round);
  const candidates = others.items.filter((o) => o.id !== id);
  // The list holds the 500 nearest interviews; an earlier round beyond them is fetched on its
  // own, so saving the form never drops the link.
  if (v.previousRoundId && !candidates.some((o) => o.id === v.previousRoundId)) {
    candidates.unshift(await api.interview(v.previousRoundId));
    if (!isCurrent()) return;
  }
  const previousField = field("f-previous", "previousRoundId", t("field-previous-round-label"),
    select("f-previous", [["", t("field-previous-round-none")],
      // Employer and a numeric date: a closed select cannot wrap, and with the round and the
      // month in words the choice was cut off on a phone.
      ...candidates.map((o) => [String(o.id), `${o.company} · ${formatDateTime(o.startUtc, o.timeZone, { weekday: undefined, month: "numeric", hour: undefined, minute: undefined })}`])],
    v.previousRoundId ? String(v.previousRoundId) : ""));
  const syncPrevious = () => { previousField.hidden = roundSelect.value === "first" && !v.previousRoundId; };
  roundSelect.addEventListener("change", syncPrevious);
  syncPrevious();

  const parent = existing ? `#/i/${existing.id}` : earlier ? `#/i/${earlier.id}` : "#/";
  const formError = h("p", { class: "form-error", id: "form-error", role: "alert" });
  const save = h("button", { type: "submit", class: "button primary", id: "save-interview" },
    existing ? t("action-save-changes") : t("action-save"));

  const form = h("form", { novalidate: true, id: "interview-form" },
    formError,
    h("fieldset", {},
      h("legend", {}, t("form-section-job")),
      h("div", { class: "row two" },
        field("f-company", "company", t("field-company-label"),
          h("input", { value: v.company ?? "", maxlength: 120, autocomplete: "organization", placeholder: t("field-company-placeholder"), required: true })),
        field("f-role", "role", t("field-role-label"),
          h("input", { value: v.role ?? "", maxlength: 120, autocomplete: "organization-title", placeholder: t("field-role-placeholder"), required: true }))),
      h("div", { class: "row two" },
        field("f-round", "round", t("field-round-label"), roundSelect),
        field("f-status", "status", t("field-status-label"),
          select("f-status", (existing ? [existing.status, ...existing.nextStatuses] : STATUSES).map((s) => [s, t(`status-${s}`)]), v.status))),
      previousField),
    h("fieldset", {},
      h("legend", {}, t("form-section-when")),
      h("div", { class: "row three" },
        field("f-date", "startLocal", t("field-start-label"),
          h("div", { class: "row two" },
            dateField({ id: "f-date", required: true, "aria-label": t("field-start-label") }, date),
            timeField({ id: "f-time", required: true, "aria-label": t("field-start-label") }, time)), { wraps: true }),
        field("f-duration", "durationMinutes", t("field-duration-label"),
          h("input", { type: "number", min: 5, max: 720, step: 5, value: v.durationMinutes, inputmode: "numeric" })),
        field("f-zone", "timeZone", t("field-time-zone-label"),
          h("input", { value: v.timeZone, list: "zone-list", autocomplete: "off", spellcheck: "false" }))),
      h("p", { class: "field-warning", id: "start-gap", role: "status", "aria-live": "polite" }),
      h("datalist", { id: "zone-list" }, zones.all.map((z) => h("option", { value: z }))),
      h("p", { class: "hint" }, t("field-time-zone-hint")),
      field("f-location", "location", t("field-location-label"),
        h("input", { value: v.location ?? "", maxlength: 500, placeholder: t("field-location-placeholder") }))),
    h("fieldset", {},
      h("legend", {}, t("form-section-people")),
      h("h3", {}, t("field-interviewers-label")),
      people,
      h("p", { class: "hint", id: "people-empty" }, t("field-interviewers-empty")),
      h("p", { class: "field-error", id: "err-interviewers" }),
      h("button", { type: "button", class: "button", id: "add-person", onClick: () => { addPerson().querySelector("input").focus(); syncPeople(); } },
        plusIcon(), t("action-add-interviewer")),
      h("div", { class: "row two" },
        field("f-contact-name", "contactName", t("field-contact-name-label"), h("input", { value: v.contactName ?? "", maxlength: 120 })),
        field("f-contact-info", "contactInfo", t("field-contact-info-label"), h("input", { value: v.contactInfo ?? "", maxlength: 200 })))),
    h("fieldset", {},
      h("legend", {}, t("form-section-ad")),
      field("f-ad-url", "jobAdUrl", t("field-job-ad-url-label"),
        h("input", { type: "url", value: v.jobAdUrl ?? "", placeholder: "https://", inputmode: "url" })),
      field("f-ad-text", "jobAdText", t("field-job-ad-text-label"),
        h("textarea", { rows: 5, maxlength: 20000 }, v.jobAdText ?? ""), { hint: t("field-job-ad-text-hint") })),
    h("fieldset", {},
      h("legend", {}, t("form-section-notes")),
      field("f-notes", "notes", t("field-notes-label"), h("textarea", { rows: 4, maxlength: 20000 }, v.notes ?? ""))),
    h("div", { class: "sticky-actions" },
      h("a", { class: "button", href: parent, onClick: (event) => { event.preventDefault(); goUp(parent); } }, t("action-cancel")),
      save));

  // A time the clocks skip is said at once, not first when Save refuses it.
  const gapNote = form.querySelector("#start-gap");
  const checkGap = () => {
    const [dayText, clockText, zone] = ["f-date", "f-time", "f-zone"].map((id) => form.querySelector(`#${id}`).value.trim());
    // The fields show the date and time in the user's language; the check reads them as ISO.
    const [day, clock] = [readDate(dayText), readTime(clockText)];
    const skipped = day && clock && zone && skippedByClocks(day, clock, zone);
    gapNote.textContent = skipped ? t("form-start-in-gap", { time: clock, zone }) : "";
  };
  for (const id of ["f-date", "f-time", "f-zone"]) {
    form.querySelector(`#${id}`).addEventListener("input", checkGap);
    form.querySelector(`#${id}`).addEventListener("change", checkGap);
  }
  checkGap();
  // The core read the same from the file (its zone database decides at Save).
  if (imported?.startInGap && !gapNote.textContent) {
    gapNote.textContent = t("form-start-in-gap", { time, zone: v.timeZone });
  }

  const syncPeople = () => { form.querySelector("#people-empty").hidden = people.children.length > 0; };
  syncPeople();
  people.addEventListener("click", syncPeople);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors(form);
    save.disabled = true;
    try {
      const draft = collect(form, people);
      // A new interview from an invitation is saved with its meeting, so the meeting's update
      // or cancellation later finds it (a file without a UID cannot be found again).
      const saved = existing ? await api.updateInterview(existing.id, draft)
        : imported?.uid ? await api.createInvitedInterview(draft, revisionOf(imported))
          : await api.createInterview(draft);
      toast(t("form-saved"));
      // The saved form is done with: back goes to where the user was before it. A new interview
      // plans the first reminders: a phone not yet asked is asked first, with the reason.
      const page = `#/i/${saved.id}`;
      leaveFor(existing ? page : await throughPermission(page));
    } catch (error) {
      showErrors(form, formError, error);
    } finally {
      save.disabled = false;
    }
  });

  show(backLink(parent, existing?.company ?? earlier?.company ?? t("action-back")),
    h("div", { class: "page-head" }, h("h1", {}, existing ? t("form-edit-title") : earlier ? t("form-next-round-title") : imported ? t("form-imported-title") : t("form-new-title"))),
    earlier ? h("p", { class: "subtle" }, t("form-next-round-hint", { company: earlier.company })) : null,
    imported ? h("div", { class: "card notice", id: "imported-notice" },
      h("p", {}, t("form-imported-hint")),
      imported.allDay ? h("p", {}, t("form-imported-all-day")) : null,
      imported.startInGap ? h("p", { id: "imported-gap" }, t("form-start-in-gap", { time, zone: v.timeZone })) : null,
      imported.zoneGuessed ? h("p", {}, t("form-imported-zone-guessed")) : null,
      imported.events > 1 ? h("p", {}, t("form-imported-first-of", { count: imported.events })) : null) : null,
    form);
}

/** Which revision of which meeting an imported invitation is, as the core read it. */
export function revisionOf(read) {
  return { uid: read.uid, sequence: read.sequence, stamp: read.stamp };
}

/**
 * Whether the clocks skip `clock` on `day` in `zone` (02:30 on the last Sunday of March in
 * Oslo). Checked here, with the webview's own time-zone data (Intl), rather than by asking the
 * core: it runs on every key press, needs no command of its own, and only decides whether to
 * warn — the core still judges the time at Save (`nonexistent_time`). A zone Intl does not know
 * gives no warning; the core names that problem itself.
 */
export function skippedByClocks(day, clock, zone) {
  const [y, m, d] = day.split("-").map(Number);
  const [hh, mm] = clock.split(":").map(Number);
  if (![y, m, d, hh, mm].every(Number.isInteger)) return false;
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let format;
  try {
    format = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  } catch {
    return false;
  }
  // The zone's offset at an instant, in ms: its wall clock then, read as if it were UTC.
  const offsetAt = (instant) => {
    const p = Object.fromEntries(format.formatToParts(new Date(instant)).map(({ type, value }) => [type, Number(value)]));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant / 60_000) * 60_000;
  };
  // The wall clock exists if one of the offsets in force around it maps back onto it.
  const offsets = new Set([offsetAt(wall - 86_400_000), offsetAt(wall), offsetAt(wall + 86_400_000)]);
  for (const offset of offsets) {
    const instant = wall - offset;
    if (instant + offsetAt(instant) === wall) return false;
  }
  return true;
}

/** The next round starts as a copy of the earlier one: same employer, people and ad; a new time. */
function nextRound(earlier) {
  return {
    ...earlier,
    id: undefined,
    round: "second",
    previousRoundId: earlier.id,
    status: "planned",
    startLocal: undefined,
    notes: "",
  };
}

/** A labelled input with room for its hint and its error, tied together for screen readers. */
function field(id, name, label, input, { hint, wraps = false } = {}) {
  if (!wraps) {
    input.id = id;
    input.name = name;
  }
  const errorId = `err-${name.replaceAll(".", "-")}`;
  const target = wraps ? input.querySelector("input") : input;
  target.setAttribute("aria-describedby", errorId);
  return h("div", { class: "field" },
    wraps ? h("span", { class: "label", id: `${id}-label` }, h("label", { for: id }, label)) : h("label", { for: id }, label),
    input,
    hint ? h("p", { class: "hint" }, hint) : null,
    h("p", { class: "field-error", id: errorId }));
}

function select(id, options, chosen) {
  return h("select", { id }, options.map(([value, label]) => h("option", { value, selected: value === chosen }, label)));
}

function renumber(people) {
  [...people.children].forEach((row, i) => {
    for (const input of row.querySelectorAll("input")) {
      const part = input.dataset.person;
      input.id = `f-person-${i}-${part}`;
      input.name = `interviewers.${i}.${part}`;
      input.setAttribute("aria-describedby", `err-interviewers-${i}-${part}`);
      input.closest(".field").querySelector("label").setAttribute("for", input.id);
      input.closest(".field").querySelector(".field-error").id = `err-interviewers-${i}-${part}`;
    }
  });
}

function collect(form, people) {
  const value = (id) => form.querySelector(`#${id}`).value;
  const previous = value("f-previous");
  const date = readDate(value("f-date"));
  const time = readTime(value("f-time"));
  return {
    company: value("f-company"),
    role: value("f-role"),
    round: value("f-round"),
    previousRoundId: form.querySelector("#f-previous").closest(".field").hidden || !previous ? null : Number(previous),
    status: value("f-status"),
    startLocal: date || time ? `${date}T${time}` : "",
    timeZone: value("f-zone"),
    durationMinutes: Number(value("f-duration") || 0),
    location: value("f-location"),
    interviewers: [...people.children]
      .map((row) => ({ name: row.querySelector('[data-person="name"]').value, role: row.querySelector('[data-person="role"]').value }))
      .filter((p) => p.name.trim() || p.role.trim()),
    contactName: value("f-contact-name"),
    contactInfo: value("f-contact-info"),
    jobAdUrl: value("f-ad-url"),
    jobAdText: value("f-ad-text"),
    notes: value("f-notes"),
  };
}

function clearErrors(form) {
  for (const el of form.querySelectorAll(".field-error, .form-error")) el.textContent = "";
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
}

function showErrors(form, formError, error) {
  const problem = error instanceof ApiError ? error : new ApiError({ code: "unexpected", message: "" });
  formError.textContent = problem.code === "validation" ? t("form-fix-errors")
    : problem.code === "unexpected" ? t("error-unexpected") : problem.message;
  let first = null;
  for (const { field, message } of problem.fields) {
    const slot = form.querySelector(`#err-${field.replaceAll(".", "-")}`);
    if (slot) slot.textContent = message;
    const input = form.querySelector(`#${FIELD_INPUT[field] ?? `f-person-${field.split(".")[1]}-${field.split(".")[2]}`}`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      first ??= input;
    }
  }
  (first ?? formError).focus();
  if (!first) formError.scrollIntoView({ block: "center" });
}
