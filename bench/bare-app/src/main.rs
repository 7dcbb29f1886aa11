//! A bare Tauri 2 app: one window, one static page. It prints `first-screen` when the page says
//! it has drawn, as Intervju does, so both are timed the same way.

use tauri::Listener;

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            app.listen_any("intervju://first-screen", |_| eprintln!("first-screen"));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}
