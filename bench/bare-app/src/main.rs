//! A bare Tauri 2 app: one window, one static page. It prints `first-screen` when the page says
//! it has drawn, as Intervju does, so both are timed the same way. Built with `--features
//! engines` it also links SQLite and the sync engine, and uses them once at start so the linker
//! keeps them: the size no build of Intervju can go below.

use tauri::Listener;

fn main() {
    #[cfg(feature = "engines")]
    engines();
    tauri::Builder::default()
        .setup(|app| {
            app.listen_any("intervju://first-screen", |_| eprintln!("first-screen"));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}

/// A table written and read in SQLite, and a document with a map, a list and a text exported
/// and imported by Loro as Intervju's sync does (snapshots and updates).
#[cfg(feature = "engines")]
fn engines() {
    let db = rusqlite::Connection::open_in_memory().expect("SQLite opens");
    db.execute_batch("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note (body) VALUES ('x');")
        .expect("SQLite writes");
    let body: String = db
        .query_row("SELECT body FROM note", [], |row| row.get(0))
        .expect("SQLite reads");
    let doc = loro::LoroDoc::new();
    doc.get_map("interview")
        .insert("company", body.as_str())
        .expect("a map");
    doc.get_list("rounds").push(1).expect("a list");
    doc.get_text("notes").insert(0, &body).expect("a text");
    doc.commit();
    let snapshot = doc.export(loro::ExportMode::Snapshot).expect("a snapshot");
    let updates = doc
        .export(loro::ExportMode::updates(&Default::default()))
        .expect("updates");
    let copy = loro::LoroDoc::new();
    copy.import(&snapshot).expect("a snapshot read");
    copy.import(&updates).expect("updates read");
    eprintln!("engines: {:?}", copy.get_deep_value());
}
