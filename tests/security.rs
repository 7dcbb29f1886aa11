//! Least privilege, checked: the one capability grants only our commands, core defaults and
//! notifications; the CSP allows no remote content, no eval and no inline script; no plugin that
//! reaches the filesystem, a shell or the network is a dependency. (The dialog plugin is used
//! from Rust only — the export and import commands open the dialogs — and the exact set of
//! granted permissions below leaves the webview without `dialog:` permissions.)

use serde_json::Value;
use std::collections::BTreeSet;

fn read_json(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn capability_files() -> Vec<std::path::PathBuf> {
    std::fs::read_dir("src-tauri/capabilities")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

#[test]
fn one_capability_for_the_main_window_with_only_allowed_permissions() {
    let files = capability_files();
    assert_eq!(files.len(), 1, "exactly one capability file: {files:?}");
    let cap = read_json(files[0].to_str().unwrap());
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(
        cap.get("remote").is_none(),
        "no remote origin may call commands"
    );
    assert!(cap.get("webviews").is_none());

    // Every command of the one table, and nothing else of ours.
    let mut allowed: BTreeSet<String> = ["core:default", "notification:default"]
        .map(String::from)
        .into();
    for cmd in intervju_lib::commands::NAMES {
        allowed.insert(format!("allow-{}", cmd.replace('_', "-")));
    }
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p.as_str()
                .unwrap_or_else(|| panic!("scoped permission objects are not used: {p}"))
                .to_owned()
        })
        .collect();
    assert_eq!(
        granted, allowed,
        "the capability grants exactly our commands, core defaults and notifications"
    );
}

#[test]
fn csp_is_strict_and_nothing_remote_is_loaded() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert!(security
        .get("dangerousDisableAssetCspModification")
        .is_none());
    assert!(security.get("devCsp").is_none());
    let csp = security["csp"]
        .as_object()
        .expect("CSP is set, as directives");
    for (directive, sources) in csp {
        let sources = sources.as_str().unwrap();
        assert!(!sources.contains("unsafe-eval"), "{directive}: {sources}");
        assert!(!sources.contains("unsafe-inline"), "{directive}: {sources}");
        assert!(!sources.contains('*'), "{directive}: {sources}");
        assert!(!sources.contains("https:"), "{directive}: {sources}");
        for source in sources.split_whitespace() {
            if source.starts_with("http://") {
                assert_eq!(source, "http://ipc.localhost", "{directive}");
            }
        }
    }
    for required in ["default-src", "script-src", "object-src", "connect-src"] {
        assert!(csp.contains_key(required), "CSP lacks {required}");
    }
    assert_eq!(csp["script-src"], "'self'");
    assert_eq!(
        conf["build"]["frontendDist"], "ui",
        "assets are bundled, never a URL"
    );
    assert!(conf["build"].get("devUrl").is_none());
    for window in conf["app"]["windows"].as_array().unwrap() {
        assert!(
            window.get("url").is_none(),
            "windows load the bundled UI only"
        );
    }
}

#[test]
fn no_filesystem_shell_or_network_plugins() {
    let manifest = include_str!("../Cargo.toml");
    for banned in [
        "tauri-plugin-fs",
        "tauri-plugin-shell",
        "tauri-plugin-http",
        "tauri-plugin-websocket",
        "tauri-plugin-upload",
    ] {
        assert!(
            !manifest.contains(banned),
            "{banned} must not be a dependency"
        );
    }
}

#[test]
fn the_ui_has_no_inline_scripts_or_remote_references() {
    let mut pages = vec![];
    collect("ui", &mut pages);
    assert!(!pages.is_empty());
    for path in pages {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display();
        if path.extension().is_some_and(|e| e == "html") {
            for tag in text.split("<script").skip(1) {
                let open = tag.split('>').next().unwrap();
                assert!(open.contains("src="), "{name}: inline <script>");
            }
            assert!(
                !text.contains(" on"),
                "{name}: inline event handler attribute"
            );
            assert!(!text.contains("style=\""), "{name}: inline style attribute");
        }
        // The SVG namespace is a name, not an address: nothing is fetched from it.
        let text = text.replace("\"http://www.w3.org/2000/svg\"", "\"svg-namespace\"");
        for remote in ["http://", "https://", "//cdn"] {
            for (i, _) in text.match_indices(remote) {
                let context = &text[i.saturating_sub(40)..(i + 60).min(text.len())];
                assert!(
                    context.contains("placeholder") || context.contains("example"),
                    "{name}: remote reference near {context:?}"
                );
            }
        }
    }
}

fn collect(dir: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            // Vendored packages are copied in by the build from npm and checked there.
            if !path.ends_with("vendor") {
                collect(path.to_str().unwrap(), out);
            }
        } else if path
            .extension()
            .is_some_and(|e| e == "html" || e == "js" || e == "css")
        {
            out.push(path);
        }
    }
}
