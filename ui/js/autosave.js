// Saving as the user types: changes wait a moment (so a burst of keys is one save), then go to
// the core. Leaving the field, the screen or the window saves at once, so nothing typed is lost.

const DELAY_MS = 600;

/**
 * `save(changes)` writes an object of field → value and resolves when it is on disk.
 * `onState(state, detail)` hears "saving", "saved" (with the save's answer) and "failed" (with the error).
 */
export function autosaver(save, onState) {
  let pending = {};
  let timer = null;
  let running = Promise.resolve();

  const flush = () => {
    clearTimeout(timer);
    timer = null;
    const changes = pending;
    pending = {};
    if (Object.keys(changes).length === 0) return running;
    onState("saving");
    // Saves run one after another, so an older text never lands after a newer one.
    running = running.then(async () => {
      try {
        onState("saved", await save(changes));
      } catch (error) {
        // Keep what failed so the next keystroke or flush tries again, unless newer text came.
        pending = { ...changes, ...pending };
        onState("failed", error);
      }
    });
    return running;
  };

  const onLeave = () => { flush(); };
  window.addEventListener("pagehide", onLeave);
  window.addEventListener("hashchange", onLeave);
  document.addEventListener("visibilitychange", onLeave);

  return {
    queue(field, value) {
      pending[field] = value;
      clearTimeout(timer);
      timer = setTimeout(flush, DELAY_MS);
    },
    flush,
    stop() {
      flush();
      window.removeEventListener("pagehide", onLeave);
      window.removeEventListener("hashchange", onLeave);
      document.removeEventListener("visibilitychange", onLeave);
    },
  };
}
