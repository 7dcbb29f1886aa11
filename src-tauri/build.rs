//! Build script: generates Tauri's context, declares the app's own commands (each gets an
//! `allow-<command>` permission) and writes the one capability that grants exactly those, so
//! nothing runs unless it is in `command_table.rs`.

use std::path::Path;

macro_rules! commands {
    [$($module:ident :: $name:ident),* $(,)?] => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}
include!("command_table.rs");

/// The capability's permissions besides our own commands: Tauri's core defaults and the
/// notification plugin's. The dialog plugin is used from Rust only, so it gets nothing.
const PLUGIN_PERMISSIONS: &[&str] = &["core:default", "notification:default"];

/// Set by `make check-mobile` (see `main`).
const CHECK_MOBILE_ENV: &str = "INTERVJU_CHECK_MOBILE";

fn main() {
    // Capabilities live under src-tauri/ while the package root is the repository root, so both
    // the glob and the change watch have to name the folder explicitly.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/command_table.rs");
    write_capability(Path::new("src-tauri/capabilities/default.json"));
    // `make check-mobile` type-checks the phone code on this machine, which has no phone SDK
    // or target: Tauri's build script is told the target is Android, so it sets the `mobile`
    // cfg instead of `desktop` for our crate (the Tauri crates themselves stay desktop builds).
    println!("cargo:rerun-if-env-changed={CHECK_MOBILE_ENV}");
    if std::env::var_os(CHECK_MOBILE_ENV).is_some() {
        // The build script runs on one thread; nothing reads the environment meanwhile.
        std::env::set_var("CARGO_CFG_TARGET_OS", "android");
    }
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("failed to run the Tauri build script");
}

/// Writes the capability from the command table; only when it changed, so the file's watch does
/// not rebuild forever.
fn write_capability(path: &Path) {
    let permissions: Vec<String> = PLUGIN_PERMISSIONS
        .iter()
        .map(|p| format!("    \"{p}\""))
        .chain(
            COMMANDS
                .iter()
                .map(|c| format!("    \"allow-{}\"", c.replace('_', "-"))),
        )
        .collect();
    let json = format!(
        r#"{{
  "$schema": "../../gen/schemas/desktop-schema.json",
  "identifier": "default",
  "description": "What the main window may do: the app's own commands and notifications, nothing more. Written by build.rs from command_table.rs.",
  "windows": [
    "main"
  ],
  "platforms": [
    "linux",
    "macOS",
    "windows",
    "android",
    "iOS"
  ],
  "permissions": [
{}
  ]
}}
"#,
        permissions.join(",\n")
    );
    if std::fs::read_to_string(path).ok().as_deref() != Some(json.as_str()) {
        std::fs::write(path, json).expect("write the capability");
    }
}
