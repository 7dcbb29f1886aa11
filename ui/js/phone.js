// Notifications on a phone: the screen a tapped notification opens (a clicked one on Linux too),
// and the permission to show notifications at all — asked once, when the first reminder is about
// to be planned, after a screen that says why. On the desktop the permission is always given, so
// the permission screen does not show there.
import { api } from "./api.js";
import { paintDue, routeOf } from "./reminders.js";

/** Whether this is a phone's web view (the desktop-only settings are left out there). */
export const onPhone = /Android|iPhone|iPad/.test(navigator.userAgent);

/** Where the user goes once the permission screen is done (set by whoever sent them there). */
export const AFTER_PERMISSION = "intervju.permission.next";
/** "Not now" holds until the app starts again. */
export const ASK_LATER = "intervju.permission.later";

/** Opens what a tap on a notification stands for: the one that started the app, and each one
 * tapped while it runs. The reminder counts as seen, as when opened from the strip. */
export async function startOpenedTaps() {
  const open = async (target) => {
    if (!target) return;
    // 0 (the core's TapTarget::NO_REMINDER): the reminder is gone, or the tap is a reporting
    // reminder's, which the strip never lists; there is nothing to mark.
    if (target.reminderId) {
      try {
        await api.markReminderSeen(target.reminderId);
      } catch (error) {
        // The reminder may be gone (its interview deleted); the screen still opens.
        console.error("a tapped reminder could not be marked as seen", error);
      }
    }
    location.hash = routeOf(target);
    // Seen now, so it leaves the "waiting for you" strip, as when opened from there.
    paintDue();
  };
  window.__TAURI__?.event?.listen("intervju://opened", () => api.takeOpenedReminder().then(open));
  await open(await api.takeOpenedReminder());
}

/**
 * Where to go after something that plans reminders (a new interview): `next` itself, or first
 * the screen that asks for the permission, if the phone has not been asked yet.
 */
export async function throughPermission(next) {
  let permission;
  try {
    permission = await api.notificationPermission();
  } catch (error) {
    console.error("the notification permission could not be read", error);
    return next;
  }
  if (permission.state !== "prompt" || sessionStorage.getItem(ASK_LATER)) return next;
  sessionStorage.setItem(AFTER_PERMISSION, next);
  return "#/notifications";
}
