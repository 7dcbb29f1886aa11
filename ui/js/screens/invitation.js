// An imported invitation that is about an interview already here: its new time (move the
// interview), its cancellation (mark the interview cancelled), or nothing new. Nothing changes
// until the user presses a button; the interview is never made twice.
import { api } from "../api.js";
import { t, formatDateTime } from "../i18n.js";
import { h, show } from "../dom.js";
import { backLink, leaveFor } from "../nav.js";
import { toast } from "../feedback.js";
import { revisionOf } from "./form.js";

export const name = "invitation";

let pending = null;

/** The invitation the next visit to this screen is about (as `import_invitation` answered). */
export function showInvitation(read) {
  pending = read;
}

/** A wall-clock time in its zone, as the user reads it: "Thursday 11 February 2027, 13:00". */
function wallClock(startLocal, timeZone, minutes) {
  return `${formatDateTime(`${startLocal}:00Z`, "UTC")} · ${timeZone} · ${t("detail-duration", { minutes })}`;
}

function facts(id, title, { startLocal, timeZone, durationMinutes, location }) {
  return h("section", { class: "card", id },
    h("h2", {}, title),
    h("p", { class: "when" }, wallClock(startLocal, timeZone, durationMinutes)),
    location ? h("p", { class: "subtle" }, location) : null);
}

export async function render() {
  const read = pending;
  if (!read || read.known.kind === "new") {
    // Opened without an invitation (a reload, the back gesture after it was answered).
    leaveFor("#/");
    return;
  }
  const { kind, interview } = read.known;
  const page = `#/i/${interview.id}`;
  const error = h("p", { class: "form-error", id: "invitation-error", role: "alert" });
  const answer = (work, done) => async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      await work();
      pending = null;
      toast(done);
      leaveFor(page);
    } catch (failure) {
      button.disabled = false;
      error.textContent = failure.fields?.[0]?.message ?? failure.message;
    }
  };
  const draft = read.draft;
  const movesPlace = Boolean(draft.location) && draft.location !== interview.location;
  const title = t(`invitation-${kind === "update" ? "update" : kind === "cancellation" ? "cancel" : "repeat"}-title`);
  const hint = t(`invitation-${kind === "update" ? "update" : kind === "cancellation" ? "cancel" : "repeat"}-hint`);
  const actions = [];
  if (kind === "update") {
    actions.push(h("button", { type: "button", class: "button primary", id: "invitation-move",
      onClick: answer(() => api.moveInvitedInterview(interview.id, revisionOf(read), {
        startLocal: read.draft.startLocal, timeZone: read.draft.timeZone,
        durationMinutes: read.draft.durationMinutes, location: read.draft.location,
      }), t("invitation-moved")) }, t("invitation-move")));
  } else if (kind === "cancellation") {
    actions.push(h("button", { type: "button", class: "button danger", id: "invitation-cancel",
      onClick: answer(() => api.cancelInvitedInterview(interview.id, revisionOf(read)), t("invitation-marked-cancelled")) },
    t("invitation-mark-cancelled")));
  }
  actions.push(h("a", { class: "button", href: page, id: "invitation-keep", onClick: (event) => {
    event.preventDefault();
    pending = null;
    leaveFor(page);
  } }, kind === "repeat" ? t("invitation-open") : t("invitation-keep")));

  show(backLink("#/", t("action-back")),
    h("div", { class: "page-head" }, h("h1", { id: "invitation-title" }, title)),
    h("p", { class: "subtle", id: "invitation-interview" },
      `${interview.company} · ${interview.role} · `, h("span", { class: `chip status-${interview.status}` }, t(`status-${interview.status}`))),
    h("p", {}, hint),
    // The new time first; a place is shown only where the invitation changes it (a meeting link
    // is long, and the same in both most of the time).
    kind === "update" ? h("div", { class: "invitation-compare" },
      facts("invitation-new", t("invitation-in-file"), { ...draft, location: movesPlace ? draft.location : "" }),
      facts("invitation-now", t("invitation-current"), { ...interview, location: movesPlace ? interview.location : "" })) : null,
    error,
    h("div", { class: "actions" }, ...actions));
}
