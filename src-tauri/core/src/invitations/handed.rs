//! Files handed to the app from outside its own open dialog: "Open with Intervju" from a mail
//! client or a file manager (the file on the command line of a first start, or of a second start
//! that the single-instance plugin passes to the running app with its working folder), and a
//! file dropped on the window. Which arguments are files, and which of several is opened, is
//! decided here; the shell only carries it out.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The files a start of the app names: every argument after the program's own name that is not
/// an option (`-…`), a relative one resolved against `cwd` — the folder of the start that named
/// it, which for a second start is that process's, not the running app's. A `file:` URI (a
/// launcher that passes URIs, `%U`) counts as its path; other URIs are not files here.
pub fn files_in_args<I, S>(args: I, cwd: &Path) -> Vec<PathBuf>
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    args.into_iter()
        .skip(1)
        .map(|arg| -> OsString { arg.into() })
        .filter(|arg| !arg.is_empty() && !arg.as_encoded_bytes().starts_with(b"-"))
        .filter_map(|arg| match arg.to_str() {
            Some(text) if text.contains("://") || text.starts_with("file:") => {
                url::Url::parse(text).ok()?.to_file_path().ok()
            }
            _ => Some(cwd.join(&arg)),
        })
        .collect()
}

/// Of the files handed over at once (several selected, several dropped), the one opened: the
/// first whose name ends in `.ics` (in any case), or else the first, which is then refused with
/// a message the user can read. The window shows one invitation at a time.
pub fn chosen(files: Vec<PathBuf>) -> Option<PathBuf> {
    let is_ics = |file: &PathBuf| {
        file.extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("ics"))
    };
    match files.iter().position(is_ics) {
        Some(at) => files.into_iter().nth(at),
        None => files.into_iter().next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(args: &[&str], cwd: &str) -> Vec<PathBuf> {
        files_in_args(args.iter().copied(), Path::new(cwd))
    }

    /// Invariant: only what names a file counts; a relative name is the starting process's, so
    /// a second start from another folder opens the file it meant.
    #[test]
    fn the_files_a_start_names() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["intervju"], &[]),
            (&["/usr/bin/intervju", "/tmp/a.ics"], &["/tmp/a.ics"]),
            (
                &["intervju", "invite.ics"],
                &["/home/kari/Nedlastinger/invite.ics"],
            ),
            (
                &["intervju", "../x.ics"],
                &["/home/kari/Nedlastinger/../x.ics"],
            ),
            // Options of the app or of whatever launched it are not files.
            (
                &["intervju", "--automation", "-v", "a.ics"],
                &["/home/kari/Nedlastinger/a.ics"],
            ),
            (&["intervju", ""], &[]),
            (
                &["intervju", "file:///tmp/m%C3%B8te%20i%20dag.ics"],
                &["/tmp/møte i dag.ics"],
            ),
            (&["intervju", "https://example.org/a.ics"], &[]),
            (
                &["intervju", "a.ics", "/b.ics"],
                &["/home/kari/Nedlastinger/a.ics", "/b.ics"],
            ),
        ];
        for (args, expected) in cases {
            let expected: Vec<PathBuf> = expected.iter().map(PathBuf::from).collect();
            assert_eq!(files(args, "/home/kari/Nedlastinger"), expected, "{args:?}");
        }
    }

    /// Invariant: a calendar file among several is the one opened, wherever it is in the list;
    /// without one, the first file is (and is then refused with a message, not ignored).
    #[test]
    fn the_file_opened_of_several() {
        let paths = |names: &[&str]| names.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(chosen(vec![]), None);
        assert_eq!(
            chosen(paths(&["/a.pdf", "/b.ICS", "/c.ics"])),
            Some("/b.ICS".into())
        );
        assert_eq!(chosen(paths(&["/a.pdf", "/b.png"])), Some("/a.pdf".into()));
        assert_eq!(chosen(paths(&["/ics"])), Some("/ics".into()));
    }
}
