//! The app on Tauri's mock runtime, called as the UI calls it: JSON in, JSON out.
#![allow(dead_code)]

use chrono::TimeZone;
use intervju_core::{Core, Environment, ManualClock};
use intervju_lib::AppState;
use serde_json::Value;
use std::sync::Arc;
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;

pub struct Ui {
    pub window: tauri::WebviewWindow<tauri::test::MockRuntime>,
    _app: tauri::App<tauri::test::MockRuntime>,
}

impl Ui {
    pub fn with_state(state: AppState) -> Ui {
        Ui::build(intervju_lib::app(mock_builder()).manage(state))
    }

    /// The app with the local network endpoint bound as `options` say.
    pub fn with_network(state: AppState, options: intervju_lan::Options) -> Ui {
        let network = intervju_lib::Network::with_options(options);
        Ui::build(
            intervju_lib::app(mock_builder())
                .manage(state)
                .manage(network),
        )
    }

    fn build(builder: tauri::Builder<tauri::test::MockRuntime>) -> Ui {
        let app = builder
            .build(mock_context(noop_assets()))
            .expect("mock app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("mock window");
        Ui { window, _app: app }
    }

    pub fn new() -> Ui {
        Ui::with_state(in_memory())
    }

    /// Invokes `cmd` with the given arguments object, as `invoke(cmd, args)` in the UI does.
    /// The whole database as text (see `Core::dump`).
    pub fn dump(&self) -> String {
        use tauri::Manager;
        let state = self._app.state::<AppState>();
        state
            .with_core(|core| core.dump().expect("dump"))
            .expect("core open")
    }

    /// Hands files to the app as "Open with", a second start or a drop on the window does.
    pub fn hand_over(&self, files: Vec<std::path::PathBuf>) {
        intervju_lib::handed::hand_over(self._app.handle(), files);
    }

    pub fn call(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.invoke(cmd, tauri::ipc::InvokeBody::Json(args))
    }

    /// Invokes `cmd` with the request as raw JSON bytes, as the UI's `api.js` sends it.
    pub fn call_bytes(&self, cmd: &str, bytes: Vec<u8>) -> Result<Value, Value> {
        self.invoke(cmd, tauri::ipc::InvokeBody::Raw(bytes))
    }

    fn invoke(&self, cmd: &str, body: tauri::ipc::InvokeBody) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body,
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request).map(|body| body.deserialize::<Value>().unwrap())
    }

    pub fn ok(&self, cmd: &str, args: Value) -> Value {
        self.call(cmd, args)
            .unwrap_or_else(|e| panic!("{cmd} failed: {e}"))
    }

    pub fn err(&self, cmd: &str, args: Value) -> Value {
        match self.call(cmd, args) {
            Err(e) => e,
            Ok(v) => panic!("{cmd} should fail, returned {v}"),
        }
    }
}

/// A state on an in-memory database, in Norwegian, at 29 November 2026 08:00 UTC.
pub fn in_memory() -> AppState {
    let clock = ManualClock::new(chrono::Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap());
    let env = Environment {
        os_locale: "nb-NO".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    AppState::new(Ok(Core::open_in_memory(Arc::new(clock), env).unwrap()))
}

/// The source of every command (src-tauri/commands/*.rs), for tests that read how commands are
/// written.
pub fn command_sources() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/commands");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}
