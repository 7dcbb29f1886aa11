#!/usr/bin/env python3
"""Start-up and memory of Intervju beside a bare Tauri 2 app, both release builds, measured in
the same run under the same Xvfb display and D-Bus session (run it through `make bench`).

Start-up: from spawning the process to the first screen drawn with data — each app prints
`first-screen` on stderr when its page says so (INTERVJU_REPORT_STARTUP). Memory: the
proportional set size (PSS) of the app and every process it started (WebKit's web and network
processes), summed, after 5 s idle. Several runs each, interleaved; medians. Writes
target/startup.json for scripts/bench-report.py."""
import json
import os
import pathlib
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
APP = root / "target" / "release" / "intervju"
BARE = root / "bench" / "bare-app" / "target" / "release" / "bare-app"
# The bare app with SQLite and the sync engine linked (`--features engines`): only its size.
FLOOR = root / "bench" / "bare-app" / "target" / "engines" / "release" / "bare-app"
DATA_10K = root / "target" / "bench-data"
RUNS = int(os.environ.get("STARTUP_RUNS", "11"))
IDLE_SECONDS = 5
# How the app stores "the welcome was seen" (settings.rs).
WELCOME_SEEN = "1"


def descendants(pid):
    children = []
    for task in pathlib.Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    out = [pid]
    for child in children:
        out += descendants(child)
    return out


def pss_kib(pid):
    try:
        for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}


def data_dir(kind):
    """A fresh data folder: empty, or a copy of one of the core benchmark's databases."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix=f"intervju-startup-{kind}-"))
    if kind in SIZES:
        source = next(DATA_10K.glob(f"{SIZES[kind]}-schema-*"), None)
        if source is None:
            sys.exit(f"run the core benchmark first: it makes target/bench-data/{SIZES[kind]}-schema-N")
        shutil.copy(source / "intervju.sqlite3", folder / "intervju.sqlite3")
    return folder


def welcome_seen(folder):
    """The list, not the welcome, is the first screen (as on every start after the first)."""
    db = sqlite3.connect(folder / "intervju.sqlite3")
    try:
        db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('welcome_seen', ?)", (WELCOME_SEEN,))
        db.commit()
    finally:
        db.close()


def run_once(binary, folder):
    env = {**os.environ, "WEBKIT_DISABLE_COMPOSITING_MODE": "1", "INTERVJU_REPORT_STARTUP": "1"}
    if folder:
        env["INTERVJU_DATA_DIR"] = str(folder)
    start = time.monotonic()
    process = subprocess.Popen([binary], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    elapsed = None
    try:
        for line in process.stderr:
            if line.strip() == "first-screen":
                elapsed = (time.monotonic() - start) * 1000
                break
            if time.monotonic() - start > 60:
                break
        if elapsed is None:
            raise RuntimeError(f"{binary.name} never drew its first screen")
        time.sleep(IDLE_SECONDS)
        memory = sum(pss_kib(pid) for pid in descendants(process.pid)) / 1024
        return elapsed, memory
    finally:
        for pid in reversed(descendants(process.pid)):
            try:
                os.kill(pid, 9)
            except OSError:
                pass
        process.wait()


def main():
    for binary in (APP, BARE):
        if not binary.exists():
            sys.exit(f"{binary} is missing: make bench builds it")
    cases = {"bare": (BARE, None), "intervju-empty": (APP, "empty"), "intervju-10k": (APP, "10k"),
             "intervju-100k": (APP, "100k")}
    results = {name: {"startup_ms": [], "memory_mib": []} for name in cases}
    folders = {kind: data_dir(kind) for kind in ("empty", "10k", "100k")}
    # One unmeasured start of each warms the disk cache and lets Intervju migrate its folders.
    for name, (binary, kind) in cases.items():
        run_once(binary, folders.get(kind))
    for folder in folders.values():
        welcome_seen(folder)
    for i in range(RUNS):
        for name, (binary, kind) in cases.items():
            ms, mib = run_once(binary, folders.get(kind))
            results[name]["startup_ms"].append(round(ms, 1))
            results[name]["memory_mib"].append(round(mib, 1))
            print(f"run {i + 1}/{RUNS} {name}: {ms:.0f} ms, {mib:.1f} MiB", flush=True)
    summary = {}
    for name, r in results.items():
        summary[name] = {
            "startup_ms": statistics.median(r["startup_ms"]),
            # WebKit under Xvfb adds about half a second to some starts of every app alike (the
            # bare one too): the best of the runs shows the app's own cost without that noise.
            "best_ms": min(r["startup_ms"]),
            "memory_mib": statistics.median(r["memory_mib"]),
            "runs": r,
        }
    # How start-up grows with the database: three runs at 1,000 as well.
    summary["growth"] = {}
    for kind in ("1k",):
        folder = data_dir(kind)
        run_once(APP, folder)
        welcome_seen(folder)
        times = [run_once(APP, folder)[0] for _ in range(3)]
        summary["growth"][kind] = {"startup_ms": statistics.median(times), "bytes": (folder / "intervju.sqlite3").stat().st_size}
        print(f"growth {kind}: {summary['growth'][kind]['startup_ms']:.0f} ms", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    for kind in ("10k", "100k"):
        summary["growth"][kind] = {"startup_ms": summary[f"intervju-{kind}"]["startup_ms"],
                                   "bytes": (folders[kind] / "intervju.sqlite3").stat().st_size}
    summary["sizes"] = {
        "intervju_binary": APP.stat().st_size,
        "bare_binary": BARE.stat().st_size,
        "floor_binary": FLOOR.stat().st_size if FLOOR.exists() else None,
        "bundles": {p.name: p.stat().st_size for p in (root / "target" / "release" / "bundle").glob("*/*") if p.suffix in (".deb", ".rpm")},
    }
    (root / "target" / "startup.json").write_text(json.dumps(summary, indent=2))
    for name in ("intervju-empty", "intervju-10k", "intervju-100k"):
        s, b = summary[name], summary["bare"]
        print(f"{name}: start-up {s['startup_ms']:.0f} ms ({s['startup_ms'] / b['startup_ms']:.2f}× bare), "
              f"best {s['best_ms']:.0f} ms ({s['best_ms'] / b['best_ms']:.2f}× bare's best), "
              f"memory {s['memory_mib']:.1f} MiB ({s['memory_mib'] / b['memory_mib']:.2f}× bare)")
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
