//! A drag source for the end-to-end drop test (`open-with.test.mjs`): a small GTK window whose
//! one button offers the file named on the command line as `text/uri-list`, as a file manager
//! does. The test drags from it onto the app with xdotool (real pointer events through XTest),
//! so the app receives an X drag and drop (XDND) as it would from Nautilus or Thunderbird. It
//! prints `ready` once its window is on the screen, and `dropped` once the drop was taken.
//!
//! `cargo run --example drag-source -- <file> <x> <y>` (the window's top-left corner).

#[cfg(not(target_os = "linux"))]
fn main() {}

#[cfg(target_os = "linux")]
fn main() {
    use gtk::gdk;
    use gtk::prelude::*;

    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: drag-source <file> <x> <y>");
    let at = |arg: Option<String>| arg.and_then(|a| a.parse().ok()).unwrap_or(0);
    let (x, y) = (at(args.next()), at(args.next()));
    gtk::init().expect("a display (run under Xvfb)");
    let uri = gtk::glib::filename_to_uri(&file, None).expect("an absolute file name");

    let window = gtk::Window::new(gtk::WindowType::Toplevel);
    window.set_title("drag-source");
    window.set_default_size(160, 160);
    window.move_(x, y);
    let button = gtk::Button::with_label("drag me");
    let offered = [gtk::TargetEntry::new(
        "text/uri-list",
        gtk::TargetFlags::OTHER_APP,
        0,
    )];
    button.drag_source_set(
        gdk::ModifierType::BUTTON1_MASK,
        &offered,
        gdk::DragAction::COPY,
    );
    button.connect_drag_data_get(move |_, _, data, _, _| {
        data.set_uris(&[uri.as_str()]);
    });
    button.connect_drag_end(|_, _| {
        println!("dropped");
        gtk::main_quit();
    });
    window.add(&button);
    window.connect_map_event(|_, _| {
        println!("ready");
        gtk::glib::Propagation::Proceed
    });
    window.connect_destroy(|_| gtk::main_quit());
    window.show_all();
    gtk::main();
}
