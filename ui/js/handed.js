// An invitation handed to the app from outside its open dialog: "Open with Intervju" from a mail
// client or a file manager (when the app starts, or while it runs) and a file dropped on the
// window. The Rust side keeps the file and says so (`intervju://handed`); it is taken here and
// shown on the same screens as an import through the dialog. A file that is not an invitation is
// refused with the core's translated message and changes nothing.
import { api } from "./api.js";
import { toast } from "./feedback.js";

async function take() {
  try {
    const handed = await api.takeHandedInvitation();
    // Loaded here, not at start: the review screen's module is not part of the first screen.
    const { showImportedInvitation } = await import("./screens/review.js");
    showImportedInvitation(handed);
  } catch (failure) {
    toast(failure.fields?.[0]?.message ?? failure.message);
  }
}

/** Listens for hand-overs, then takes the one this start was given, if any. Called once the
 * first screen is up: reading the file must not hold it up. */
export async function followHandedInvitations() {
  await window.__TAURI__?.event?.listen("intervju://handed", take);
  await take();
}
