// The one door to the Rust side: every command goes through `call`, and every failure arrives as
// an ApiError carrying the core's {code, message, fields}.

const invoke = window.__TAURI__?.core?.invoke;

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
  try {
    return await invoke(command, request === undefined ? {} : { request });
  } catch (error) {
    // Our commands reject with {code, message}; anything else (a string from Tauri itself) is
    // unexpected and shown with a generic, translated text by the caller.
    if (error && typeof error === "object" && "code" in error) throw new ApiError(error);
    throw new ApiError({ code: "unexpected", message: String(error) });
  }
}

export const api = {
  appInfo: () => call("app_info"),
  settings: () => call("get_settings"),
  updateSettings: (change) => call("update_settings", change),
  texts: (locale) => call("ui_texts", locale ? { locale } : {}),
  timeZones: () => call("list_time_zones"),
  listInterviews: (limit = 100, offset = 0) => call("list_interviews", { limit, offset }),
  interview: (id) => call("get_interview", { id }),
  createInterview: (interview) => call("create_interview", interview),
  updateInterview: (id, interview) => call("update_interview", { id, interview }),
  deleteInterview: (id) => call("delete_interview", { id }),
  checklist: (interviewId) => call("get_checklist", { interviewId }),
  checkItem: (interviewId, key, checked) => call("check_checklist_item", { interviewId, key, checked }),
  hideItem: (interviewId, key, scope) => call("hide_checklist_item", { interviewId, key, scope }),
  restoreItem: (interviewId, key) => call("restore_checklist_item", { interviewId, key }),
  addItem: (interviewId, section, text, scope) => call("add_checklist_item", { interviewId, section, text, scope }),
  removeItem: (interviewId, key) => call("remove_checklist_item", { interviewId, key }),
  resetChecklist: (interviewId) => call("reset_checklist", { interviewId }),
  preparation: (interviewId) => call("get_preparation", { interviewId }),
  updatePreparation: (interviewId, changes) => call("update_preparation", { interviewId, changes }),
  addPrepItem: (interviewId, list, text) => call("add_preparation_item", { interviewId, list, text }),
  updatePrepItem: (interviewId, itemId, change) => call("update_preparation_item", { interviewId, itemId, ...change }),
  removePrepItem: (interviewId, itemId) => call("remove_preparation_item", { interviewId, itemId }),
  reorderPrepItems: (interviewId, list, order) => call("reorder_preparation_items", { interviewId, list, order }),
  addSession: (interviewId, practisedOn, partner, notes) => call("add_practice_session", { interviewId, practisedOn, partner, notes }),
  removeSession: (interviewId, sessionId) => call("remove_practice_session", { interviewId, sessionId }),
  questions: () => call("list_questions"),
  createQuestion: (draft) => call("create_question", draft),
  updateQuestion: (id, changes) => call("update_question", { id, ...changes }),
  deleteQuestion: (questionId) => call("delete_question", { questionId }),
  setQuestionUse: (questionId, interviewId, prepared, asked) => call("set_question_use", { questionId, interviewId, prepared, asked }),
  practiceDeck: (interviewId) => call("practice_deck", interviewId ? { interviewId } : {}),
  recordPractice: (questionId, rating) => call("record_practice", { questionId, rating }),
  reflection: (interviewId) => call("get_reflection", { interviewId }),
  updateReflection: (interviewId, changes) => call("update_reflection", { interviewId, changes }),
  completeReflection: (interviewId, part) => call("complete_reflection", { interviewId, part }),
  lessons: (interviewId) => call("list_lessons", { interviewId }),
  setLessonLearned: (lessonId, learned) => call("set_lesson_learned", { lessonId, learned }),
  setOutcome: (interviewId, status) => call("set_outcome", { interviewId, status }),
  feedback: (interviewId) => call("get_feedback", { interviewId }),
  updateFeedback: (interviewId, change) => call("update_feedback", { interviewId, ...change }),
  reminderSettings: () => call("get_reminder_settings"),
  updateReminderSettings: (settings) => call("update_reminder_settings", settings),
  reminders: (interviewId) => call("list_reminders", { interviewId }),
  setReminderSwitch: (interviewId, kind, enabled, value = null) => call("set_reminder_switch", { interviewId, kind, enabled, value }),
  dueReminders: () => call("due_reminders"),
  markReminderSeen: (reminderId) => call("mark_reminder_seen", { reminderId }),
  snoozeReminder: (reminderId, snooze) => call("snooze_reminder", { reminderId, snooze }),
  backups: () => call("list_backups"),
  restoreBackup: (name) => call("restore_backup", { name }),
  review: (filter) => call("review", filter),
  reviewCompanies: () => call("review_companies"),
  reviewTrends: () => call("review_trends"),
  search: (query) => call("search", { query }),
  // These open the system's file dialog; they resolve to null when the user cancels.
  exportFile: (format, filter) => call("export_file", filter ? { format, filter } : { format }),
  importBackup: () => call("import_backup"),
  importInvitation: () => call("import_invitation"),
  recoveryOptions: () => call("recovery_options"),
  recoverDatabase: (restoreBackup) => call("recover_database", { restoreBackup }),
  autostart: () => call("get_autostart"),
  setAutostart: (enabled) => call("set_autostart", { enabled }),
};
