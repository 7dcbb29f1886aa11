// Settings → Devices: this device's name, pairing by a code of six words (shown here, or typed
// from another device), the paired devices — whether each syncs by itself on the local network
// and how its last sync went — "Sync now", and the file exchange for when the two share no
// network: a sealed file of changes saved for a peer through the system's save dialog, and one
// taken in through the open dialog, with its progress heard as an event from the core.
import { api, ApiError, onSyncProgress } from "../api.js";
import { t, formatDateTime, formatList, deviceTimeZone } from "../i18n.js";
import { h, fill, show, confirmDialog } from "../dom.js";
import { toast } from "../feedback.js";
import { backLink } from "../nav.js";

export const name = "devices";

/** How a count of each kind of record reads, in the order they are listed; every other kind is
 * counted together as "other changes". Written out so each text id stays visible to the tests. */
const BROUGHT = [
  ["interview", (count) => t("brought-interview", { count })],
  ["interviewer", (count) => t("brought-interviewer", { count })],
  ["reflection", (count) => t("brought-reflection", { count })],
  ["preparation", (count) => t("brought-preparation", { count })],
  ["preparation_item", (count) => t("brought-preparation-item", { count })],
  ["practice_session", (count) => t("brought-practice-session", { count })],
  ["question", (count) => t("brought-question", { count })],
  ["checklist_check", (count) => t("brought-checklist-check", { count })],
  ["feedback", (count) => t("brought-feedback", { count })],
  ["lesson", (count) => t("brought-lesson", { count })],
];

/** What a bundle brought (`{table: count}`) in words: "1 interview, 1 reflection and 3 other changes". */
export function broughtText(brought) {
  const named = new Map(BROUGHT);
  const parts = BROUGHT.filter(([table]) => brought[table] > 0).map(([table, say]) => say(brought[table]));
  const others = Object.entries(brought).filter(([table]) => !named.has(table)).reduce((sum, [, count]) => sum + count, 0);
  if (others > 0) parts.push(t("brought-other", { count: others }));
  return parts.length ? formatList(parts) : t("brought-nothing");
}

/** Enough of a device id to tell two devices apart at a glance. */
const shortId = (id) => id.slice(0, 8);

/** How a paired device is called: its own name once its first bundle came. */
function peerName(peer) {
  if (peer.deviceId === null) return t("devices-peer-waiting");
  return peer.name || t("devices-peer-unnamed");
}

const when = (iso) => formatDateTime(iso, deviceTimeZone(), { weekday: "short" });

/** The message of a failure, in words: a field's own message first (the core translates it). */
function messageOf(failure, field) {
  if (!(failure instanceof ApiError) || failure.code === "unexpected") return t("error-unexpected");
  return (field && failure.fields.find((f) => f.field === field)?.message) ?? failure.fields[0]?.message ?? failure.message;
}

// The core tells how far taking in a bundle has come. One listener for the app's lifetime: an
// event that arrives after the command has answered still reaches the bar.
let following = null;
function followProgress() {
  following ??= onSyncProgress(({ done, total }) => {
    const meter = document.getElementById("receive-meter");
    if (!meter) return;
    const bar = meter.querySelector("progress");
    bar.max = Math.max(total, 1);
    bar.value = Math.min(done, bar.max);
    meter.querySelector(".progress-text").textContent = done >= total
      ? t("devices-receiving-done", { total })
      : t("devices-receiving", { done, total });
    meter.hidden = false;
  }).catch((error) => {
    // Without the event the exchange still works; only the bar stays hidden.
    console.error("the sync progress cannot be followed", error);
    following = null;
  });
  return following;
}

/** What a sync over the network came to, in words: what it brought, or its problem. */
export function syncedText(report, peers) {
  const peer = peers.find((p) => p.id === report.peerId);
  if (report.problem) return `${peer ? peerName(peer) : ""}: ${t(`lan-problem-${report.problem.replaceAll("_", "-")}`)}`;
  return t("devices-synced", { name: peer ? peerName(peer) : t("devices-peer-unnamed"), brought: broughtText(report.brought) });
}

/** The screen while it is shown: how it hears a sync the app ran by itself. */
let shown = null;

/** A sync over the network ended (`main.js` passes every one on): the list shows its outcome.
 * Returns false when this screen is not shown. */
export async function heard(report) {
  if (!shown?.isCurrent()) return false;
  const peers = await shown.refreshPeers();
  shown.say(syncedText(report, peers));
  return true;
}

export async function render({ isCurrent }) {
  const status = await api.syncStatus();
  if (!isCurrent()) return;
  await followProgress();
  const peers = h("div", { id: "peers" });
  const peersStatus = h("p", { class: "subtle", id: "peers-status", role: "status" });
  const say = (text) => fill(peersStatus, text);
  const refreshPeers = async () => {
    const now = await api.syncStatus();
    paintPeers(peers, now.peers, { refreshPeers, say });
    return now.peers;
  };
  paintPeers(peers, status.peers, { refreshPeers, say });
  shown = { refreshPeers, say, isCurrent };
  const syncNow = h("button", { type: "button", class: "button", id: "sync-now" }, t("devices-sync-now"));
  syncNow.addEventListener("click", async () => {
    syncNow.disabled = true;
    say(t("devices-syncing"));
    try {
      const reports = await api.syncNow();
      const now = await refreshPeers();
      say(reports.length ? reports.map((r) => syncedText(r, now)).join(" ") : t("devices-sync-none"));
    } catch (failure) {
      say(h("span", { class: "form-error", role: "alert" }, messageOf(failure, "network")));
    } finally {
      syncNow.disabled = false;
    }
  });
  show(
    backLink("#/settings", t("settings-title"), { id: "back-to-settings" }),
    h("div", { class: "page-head" }, h("h1", {}, t("devices-title"))),
    h("p", { class: "subtle devices-intro" }, t("devices-intro")),
    // On a phone one column: this device, the exchange, then pairing; on desktop pairing beside.
    h("div", { class: "devices" },
      h("div", { class: "devices-column" },
        deviceCard(status.device),
        h("section", { class: "devices-peers", "aria-labelledby": "peers-title" },
          h("div", { class: "section-head" },
            h("h2", { class: "section-title", id: "peers-title" }, t("devices-peers-title")),
            syncNow),
          peers,
          peersStatus),
        receiveCard(refreshPeers)),
      h("div", { class: "devices-column" },
        pairCard(refreshPeers),
        enterCard(refreshPeers))));
}

/** This device: its name (what its peers call it) and the start of its id. */
function deviceCard(device) {
  const input = h("input", {
    id: "device-name", name: "name", value: device.name, maxlength: 60, autocomplete: "off",
    placeholder: t("devices-this-device"), "aria-describedby": "device-name-hint err-name",
  });
  const error = h("p", { class: "field-error", id: "err-name" });
  const save = h("button", { type: "submit", class: "button", id: "save-device-name" }, t("devices-name-save"));
  const submit = async (event) => {
    event.preventDefault();
    clearError(input, error);
    save.disabled = true;
    try {
      input.value = (await api.renameDevice(input.value)).name;
      toast(t("devices-name-saved"));
    } catch (failure) {
      showError(input, error, failure, "name");
    } finally {
      save.disabled = false;
    }
  };
  return h("section", { class: "card device-card", "aria-labelledby": "device-title" },
    h("h2", { id: "device-title" }, t("devices-this-title")),
    h("form", { id: "device-form", class: "inline-form", onSubmit: submit },
      h("div", { class: "field" },
        h("label", { for: "device-name" }, t("devices-name-label")),
        h("div", { class: "add-row" }, input, save),
        h("p", { class: "hint", id: "device-name-hint" }, t("devices-name-hint")),
        error)),
    h("p", { class: "device-id" },
      h("span", { class: "subtle" }, t("devices-id-label"), " "),
      h("code", { id: "device-id", class: "chip device-chip" }, shortId(device.id)),
      h("br"),
      h("small", { class: "hint" }, t("devices-id-hint"))));
}

function clearError(input, slot) {
  slot.textContent = "";
  input.removeAttribute("aria-invalid");
}

/** Shows a refusal beside its field, as the interview form does. */
function showError(input, slot, failure, field) {
  slot.textContent = messageOf(failure, field);
  if (failure instanceof ApiError && failure.fields.some((f) => f.field === field)) input.setAttribute("aria-invalid", "true");
  input.focus();
}

/** Each paired device with what came from it last, and the two things to do with it. */
function paintPeers(list, peers, actions) {
  fill(list, peers.length
    ? h("ul", { class: "peer-list" }, peers.map((peer) => peerItem(peer, actions)))
    : h("p", { class: "card empty-note", id: "peers-empty" }, t("devices-peers-empty")));
}

function peerItem(peer, { refreshPeers, say }) {
  const waiting = peer.deviceId === null;
  const label = peerName(peer);
  const send = h("button", { type: "button", class: "button primary", "data-action": "send" }, t("devices-send"));
  send.addEventListener("click", async () => {
    send.disabled = true;
    say("");
    try {
      const path = await api.sendChanges(peer.id);
      if (!path) return;
      await refreshPeers();
      say(t("devices-sent", { path }));
      toast(t("devices-sent", { path }));
    } catch (failure) {
      say(h("span", { class: "form-error", role: "alert" }, messageOf(failure, "peerId")));
    } finally {
      send.disabled = false;
    }
  });
  const unpair = async () => {
    const yes = await confirmDialog({
      title: t("devices-unpair-title"),
      body: waiting ? t("devices-unpair-waiting-body") : t("devices-unpair-body", { name: label }),
      confirm: t("devices-unpair"), cancel: t("action-cancel"),
    });
    if (!yes) return;
    try {
      await api.unpairDevice(peer.id);
      await refreshPeers();
      say(t("devices-unpaired"));
      toast(t("devices-unpaired"));
    } catch (failure) {
      say(h("span", { class: "form-error", role: "alert" }, messageOf(failure, "peerId")));
    }
  };
  const fact = (key, term, value) => h("div", { "data-fact": key }, h("dt", {}, term), h("dd", {}, value));
  return h("li", { class: "card peer", "data-peer": peer.id },
    h("h3", { class: waiting ? "peer-name waiting" : "peer-name" },
      h("span", { class: "peer-label" }, label),
      waiting ? null : h("code", { class: "chip device-chip" }, shortId(peer.deviceId))),
    h("dl", { class: "peer-facts" },
      fact("paired", t("devices-peer-paired"), when(peer.pairedAt)),
      fact("last", t("devices-peer-last"), peer.lastExchange ? when(peer.lastExchange) : t("devices-peer-never")),
      waiting ? null : fact("brought", t("devices-peer-brought"), broughtText(peer.brought)),
      fact("network", t("devices-peer-network"), h("span", { class: peer.onNetwork ? "badge on-network" : "subtle" },
        peer.onNetwork ? t("devices-peer-network-yes") : t("devices-peer-network-no"))),
      peer.problem
        ? fact("problem", t("devices-peer-problem"), h("span", { class: "peer-problem" }, t(`lan-problem-${peer.problem.replaceAll("_", "-")}`)))
        : null),
    h("div", { class: "actions" },
      send,
      h("button", { type: "button", class: "button quiet danger", "data-action": "unpair", onClick: unpair }, t("devices-unpair"))));
}

/** Takes in a file of changes (the open dialog), with a bar while it works. */
function receiveCard(refreshPeers) {
  const meter = h("div", { class: "progress receive-meter", id: "receive-meter", hidden: true },
    h("p", { class: "progress-text", id: "receive-progress-label" }),
    h("progress", { id: "receive-progress", max: 1, value: 0, "aria-labelledby": "receive-progress-label" }));
  const status = h("p", { id: "receive-status", role: "status" });
  const button = h("button", { type: "button", class: "button primary", id: "receive-changes" }, t("devices-receive"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    fill(status);
    meter.hidden = true;
    try {
      const received = await api.receiveChanges();
      if (!received) return;
      const said = t("devices-received", { name: peerName(received.peer), brought: broughtText(received.brought) });
      fill(status, said);
      toast(said);
      await refreshPeers();
    } catch (failure) {
      meter.hidden = true;
      fill(status, h("span", { class: "form-error", role: "alert" }, messageOf(failure, "file")));
    } finally {
      button.disabled = false;
    }
  });
  return h("section", { class: "card receive-card", "aria-labelledby": "receive-title" },
    h("h2", { id: "receive-title" }, t("devices-receive-title")),
    h("p", { class: "hint" }, t("devices-receive-hint")),
    h("div", { class: "actions" }, button),
    meter,
    status);
}

/** Shows a new code here: six words to type on the other device, and the same as a QR code. */
function pairCard(refreshPeers) {
  const offer = h("div", { class: "pairing-offer", id: "pairing-offer", hidden: true });
  const button = h("button", { type: "button", class: "button primary", id: "start-pairing" }, t("devices-pair-start"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const { code, qr } = await api.startPairing();
      fill(offer, offerView(code, qr));
      offer.hidden = false;
      button.textContent = t("devices-pair-again");
      button.classList.remove("primary");
      await refreshPeers();
      // Screen readers hear the code's heading; everyone sees the code.
      const heading = offer.querySelector("h3");
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    } catch (failure) {
      toast(messageOf(failure));
    } finally {
      button.disabled = false;
    }
  });
  return h("section", { class: "card pair-card", "aria-labelledby": "pair-title" },
    h("h2", { id: "pair-title" }, t("devices-pair-title")),
    h("p", { class: "hint" }, t("devices-pair-hint")),
    h("div", { class: "actions" }, button),
    offer);
}

function offerView(code, qr) {
  return [
    h("h3", { id: "pairing-code-label" }, t("devices-code-label")),
    h("ol", { class: "code-words", id: "pairing-code", "aria-labelledby": "pairing-code-label" },
      code.split(" ").map((word) => h("li", {}, h("span", { class: "code-word" }, word)))),
    h("ol", { class: "pair-steps" },
      h("li", {}, t("devices-pair-step-open")),
      h("li", {}, t("devices-pair-step-type")),
      h("li", {}, t("devices-pair-step-send"))),
    h("figure", { class: "qr" }, qrCode(qr), h("figcaption", { class: "hint" }, t("devices-qr-hint"))),
    h("p", { class: "hint" }, t("devices-code-secret")),
  ];
}

/** The QR code as an inline SVG, drawn from the core's rows of "1" (dark) and "0" (light), with
 * the quiet margin a reader needs, dark on light whatever the theme. */
function qrCode(rows) {
  const ns = "http://www.w3.org/2000/svg";
  const quiet = 4;
  const side = rows.length + quiet * 2;
  const element = (tag, attrs) => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    return el;
  };
  const svg = element("svg", {
    id: "pairing-qr", viewBox: `0 0 ${side} ${side}`, width: 232, height: 232,
    role: "img", "aria-label": t("devices-qr-label"), "shape-rendering": "crispEdges",
  });
  let path = "";
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] === "1") path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  });
  svg.append(element("rect", { width: side, height: side, fill: "#ffffff" }), element("path", { d: path, fill: "#000000" }));
  return svg;
}

/** Pairs with a code another device shows. */
function enterCard(refreshPeers) {
  const input = h("input", {
    id: "pairing-code-input", name: "code", maxlength: 300, autocomplete: "off", autocapitalize: "none",
    autocorrect: "off", spellcheck: "false", placeholder: t("devices-enter-placeholder"),
    "aria-describedby": "pairing-code-hint err-code",
  });
  const error = h("p", { class: "field-error", id: "err-code" });
  const pair = h("button", { type: "submit", class: "button primary", id: "enter-pairing-code" }, t("devices-enter-submit"));
  const submit = async (event) => {
    event.preventDefault();
    clearError(input, error);
    pair.disabled = true;
    try {
      await api.enterPairingCode(input.value);
      input.value = "";
      toast(t("devices-entered"));
      await refreshPeers();
    } catch (failure) {
      showError(input, error, failure, "code");
    } finally {
      pair.disabled = false;
    }
  };
  return h("section", { class: "card enter-card", "aria-labelledby": "enter-title" },
    h("h2", { id: "enter-title" }, t("devices-enter-title")),
    h("form", { id: "pairing-form", class: "inline-form", onSubmit: submit },
      h("div", { class: "field" },
        h("label", { for: "pairing-code-input" }, t("devices-enter-label")),
        input,
        h("p", { class: "hint", id: "pairing-code-hint" }, t("devices-enter-hint")),
        error),
      h("div", { class: "actions" }, pair)));
}
