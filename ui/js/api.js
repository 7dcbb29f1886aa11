// The one door to the Rust side: every command goes through `call`, and every failure arrives as
// an ApiError carrying the core's {code, message, fields}. Command names and the choices the core
// accepts come from contract.js, which is generated from the Rust side (tests/ui_contract.rs).

import { COMMANDS as C } from "./contract.js";

const invoke = window.__TAURI__?.core?.invoke;
const encoder = new TextEncoder();

export class ApiError extends Error {
  constructor({ code, message, fields }) {
    super(message);
    this.code = code;
    this.fields = fields ?? [];
  }
}

async function call(command, request) {
  if (!invoke) {
    throw new ApiError({ code: "unexpected", message: "The app's bridge is missing." });
  }
  if (command === undefined) {
    throw new ApiError({ code: "unexpected", message: "A command the app does not have was called." });
  }
  try {
    // The request goes as JSON bytes: the core parses it, so even a request Tauri could not read
    // comes back as our own translated error.
    return await invoke(command, encoder.encode(JSON.stringify(request ?? {})));
  } catch (error) {
    // Our commands reject with {code, message}; anything else (a string from Tauri itself) is
    // unexpected and shown with a generic, translated text by the caller.
    if (error && typeof error === "object" && "code" in error) throw new ApiError(error);
    throw new ApiError({ code: "unexpected", message: String(error) });
  }
}

export const api = {
  appInfo: () => call(C.app_info),
  settings: () => call(C.get_settings),
  takeNotices: () => call(C.take_notices),
  updateSettings: (change) => call(C.update_settings, change),
  texts: (locale) => call(C.ui_texts, locale ? { locale } : {}),
  timeZones: () => call(C.list_time_zones),
  listInterviews: (limit = 100, offset = 0) => call(C.list_interviews, { limit, offset }),
  interview: (id) => call(C.get_interview, { id }),
  createInterview: (interview) => call(C.create_interview, interview),
  updateInterview: (id, interview) => call(C.update_interview, { id, interview }),
  deleteInterview: (id) => call(C.delete_interview, { id }),
  checklist: (interviewId) => call(C.get_checklist, { interviewId }),
  checkItem: (interviewId, key, checked) => call(C.check_checklist_item, { interviewId, key, checked }),
  hideItem: (interviewId, key, scope) => call(C.hide_checklist_item, { interviewId, key, scope }),
  restoreItem: (interviewId, key) => call(C.restore_checklist_item, { interviewId, key }),
  addItem: (interviewId, section, text, scope) => call(C.add_checklist_item, { interviewId, section, text, scope }),
  removeItem: (interviewId, key) => call(C.remove_checklist_item, { interviewId, key }),
  resetChecklist: (interviewId) => call(C.reset_checklist, { interviewId }),
  preparation: (interviewId) => call(C.get_preparation, { interviewId }),
  updatePreparation: (interviewId, changes) => call(C.update_preparation, { interviewId, changes }),
  addPrepItem: (interviewId, list, text) => call(C.add_preparation_item, { interviewId, list, text }),
  updatePrepItem: (interviewId, itemId, change) => call(C.update_preparation_item, { interviewId, itemId, ...change }),
  removePrepItem: (interviewId, itemId) => call(C.remove_preparation_item, { interviewId, itemId }),
  reorderPrepItems: (interviewId, list, order) => call(C.reorder_preparation_items, { interviewId, list, order }),
  addSession: (interviewId, practisedOn, partner, notes) => call(C.add_practice_session, { interviewId, practisedOn, partner, notes }),
  removeSession: (interviewId, sessionId) => call(C.remove_practice_session, { interviewId, sessionId }),
  questions: () => call(C.list_questions),
  createQuestion: (draft) => call(C.create_question, draft),
  updateQuestion: (id, changes) => call(C.update_question, { id, ...changes }),
  deleteQuestion: (questionId) => call(C.delete_question, { questionId }),
  setQuestionUse: (questionId, interviewId, prepared, asked) => call(C.set_question_use, { questionId, interviewId, prepared, asked }),
  practiceDeck: (interviewId) => call(C.practice_deck, interviewId ? { interviewId } : {}),
  recordPractice: (questionId, rating) => call(C.record_practice, { questionId, rating }),
  reflection: (interviewId) => call(C.get_reflection, { interviewId }),
  updateReflection: (interviewId, changes) => call(C.update_reflection, { interviewId, changes }),
  completeReflection: (interviewId, part) => call(C.complete_reflection, { interviewId, part }),
  lessons: (interviewId) => call(C.list_lessons, { interviewId }),
  setLessonLearned: (lessonId, learned) => call(C.set_lesson_learned, { lessonId, learned }),
  setOutcome: (interviewId, status) => call(C.set_outcome, { interviewId, status }),
  feedback: (interviewId) => call(C.get_feedback, { interviewId }),
  updateFeedback: (interviewId, change) => call(C.update_feedback, { interviewId, ...change }),
  reminderSettings: () => call(C.get_reminder_settings),
  updateReminderSettings: (settings) => call(C.update_reminder_settings, settings),
  reminders: (interviewId) => call(C.list_reminders, { interviewId }),
  setReminderSwitch: (interviewId, kind, enabled, value = null) => call(C.set_reminder_switch, { interviewId, kind, enabled, value }),
  dueReminders: () => call(C.due_reminders),
  markReminderSeen: (reminderId) => call(C.mark_reminder_seen, { reminderId }),
  snoozeReminder: (reminderId, snooze) => call(C.snooze_reminder, { reminderId, snooze }),
  notificationPermission: () => call(C.notification_permission),
  requestNotificationPermission: () => call(C.request_notification_permission),
  takeOpenedReminder: () => call(C.take_opened_reminder),
  backups: () => call(C.list_backups),
  backupNow: () => call(C.backup_now),
  restoreBackup: (name) => call(C.restore_backup, { name }),
  review: (filter) => call(C.review, filter),
  reviewCompanies: () => call(C.review_companies),
  reviewTrends: () => call(C.review_trends),
  search: (query) => call(C.search, { query }),
  // These open the system's file dialog; they resolve to null when the user cancels.
  exportFile: (format, filter) => call(C.export_file, filter ? { format, filter } : { format }),
  importBackup: () => call(C.import_backup),
  importInvitation: () => call(C.import_invitation),
  // An invitation opened with the app or dropped on its window, once; `null` when none waits.
  takeHandedInvitation: () => call(C.take_handed_invitation),
  // The answers to an imported invitation: `invitation` is {uid, sequence, stamp} as read.
  createInvitedInterview: (interview, invitation) => call(C.create_invited_interview, { interview, invitation }),
  moveInvitedInterview: (interviewId, invitation, change) => call(C.move_invited_interview, { interviewId, invitation, ...change }),
  cancelInvitedInterview: (interviewId, invitation) => call(C.cancel_invited_interview, { interviewId, invitation }),
  recoveryOptions: () => call(C.recovery_options),
  recoverDatabase: (restoreBackup) => call(C.recover_database, { restoreBackup }),
  autostart: () => call(C.get_autostart),
  setAutostart: (enabled) => call(C.set_autostart, { enabled }),
  syncStatus: () => call(C.sync_status),
  renameDevice: (name) => call(C.rename_device, { name }),
  startPairing: () => call(C.start_pairing),
  enterPairingCode: (code) => call(C.enter_pairing_code, { code }),
  unpairDevice: (peerId) => call(C.unpair_device, { peerId }),
  // Every device met on the local network, one after the other: [{peerId, problem, brought}].
  syncNow: () => call(C.sync_now),
  // The save dialog (send) and the open dialog (receive); null when the user cancels.
  sendChanges: (peerId) => call(C.send_changes, { peerId }),
  receiveChanges: () => call(C.receive_changes),
  // Activity reporting: dates are "YYYY-MM-DD"; a report without dates is the period to report now.
  reporting: () => call(C.get_reporting),
  updateReporting: (settings) => call(C.update_reporting, settings),
  report: (request) => call(C.activity_report, request ?? {}),
  addActivity: (activity) => call(C.add_activity, activity),
  activity: (id) => call(C.get_activity, { id }),
  updateActivity: (id, activity) => call(C.update_activity, { id, activity }),
  deleteActivity: (id) => call(C.delete_activity, { id }),
  markReported: (authority, start, end) => call(C.mark_period_reported, { authority, start, end }),
  unmarkReported: (authority, start) => call(C.unmark_period_reported, { authority, start }),
};

/** The event the core sends while it takes in a bundle of changes: `{done, total}` records. */
export const SYNC_PROGRESS = "intervju://sync-progress";

/** Calls `handler` with each `{done, total}` while changes are received; resolves to a function
 * that stops listening (a no-op where the app's event bridge is missing). */
export function onSyncProgress(handler) {
  const listen = window.__TAURI__?.event?.listen;
  if (!listen) return Promise.resolve(() => {});
  return listen(SYNC_PROGRESS, (event) => handler(event.payload));
}

/** The event the core sends after each sync over the local network: `{peerId, problem, brought}`. */
export const LAN_SYNCED = "intervju://lan-synced";

/** The event the app sends when the check of the whole data file, after the first screen,
 * found it damaged: the file was set aside and every command now answers `corrupt_database`. */
export const DAMAGED = "intervju://damaged";

/** Calls `handler` once the data file is found damaged; resolves to a function that stops
 * listening. */
export function onDamaged(handler) {
  const listen = window.__TAURI__?.event?.listen;
  if (!listen) return Promise.resolve(() => {});
  return listen(DAMAGED, () => handler());
}

/** Calls `handler` with each sync's outcome; resolves to a function that stops listening. */
export function onLanSynced(handler) {
  const listen = window.__TAURI__?.event?.listen;
  if (!listen) return Promise.resolve(() => {});
  return listen(LAN_SYNCED, (event) => handler(event.payload));
}
