// What a sync over the local network brought, shown wherever the user is: the Devices screen
// lists it, a screen that shows interviews is drawn again from fresh data, and a toast says what
// came. A screen with a form is left alone (drawing it again would lose what is being typed);
// what came shows when it is next opened.
import { api, onLanSynced } from "./api.js";
import { rerender } from "./nav.js";
import { toast } from "./feedback.js";
import * as devices from "./screens/devices.js";

/** Screens that only show data, so drawing them again loses nothing. */
const SHOWING = new Set(["list", "detail", "review", "questions"]);

async function heard(report) {
  if (await devices.heard(report)) return;
  if (report.problem || !Object.values(report.brought).some((count) => count > 0)) return;
  const { peers } = await api.syncStatus();
  toast(devices.syncedText(report, peers));
  const editing = document.activeElement?.matches?.("input, textarea, select");
  if (SHOWING.has(document.body.dataset.screen) && !editing) await rerender();
}

/** Starts listening (once, for the app's lifetime). A failure only costs the live refresh. */
export async function followSyncs() {
  try {
    await onLanSynced((report) => heard(report).catch((error) => console.error("a sync's outcome could not be shown", error)));
  } catch (error) {
    console.error("syncs over the network cannot be followed", error);
  }
}
