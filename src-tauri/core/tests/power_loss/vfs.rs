//! A SQLite VFS that knows what the disk would still hold after the power goes: it wraps the
//! system's `unix` VFS and, per file, keeps the content as of the last `fsync` (the durable
//! image) and the writes since (pending). At a chosen operation the power is cut: that write or
//! sync fails and so does every one after it, as if the machine had stopped. `power_back`
//! then puts on disk what a real disk might hold: the durable image with any subset of the
//! pending writes (a disk may have written some of them, in any order; here each is kept or
//! dropped by a seeded coin, in order). The shared-memory index (-shm) is never durable and is
//! removed.
//!
//! Files SQLite deletes are gone at once (the model's one simplification: a deleted journal
//! does not come back). Files written outside SQLite (exports, renames) are not seen.

use rusqlite::ffi;
use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// What this VFS is registered as (and made the default).
const NAME: &CStr = c"power-loss";

enum Pending {
    Write { at: u64, bytes: Vec<u8> },
    Truncate(u64),
}

#[derive(Default)]
struct Disk {
    durable: Vec<u8>,
    pending: Vec<Pending>,
}

impl Disk {
    fn apply(content: &mut Vec<u8>, op: &Pending) {
        match op {
            Pending::Write { at, bytes } => {
                let at = *at as usize;
                if content.len() < at + bytes.len() {
                    content.resize(at + bytes.len(), 0);
                }
                content[at..at + bytes.len()].copy_from_slice(bytes);
            }
            Pending::Truncate(size) => content.truncate(*size as usize),
        }
    }
}

#[derive(Default)]
struct State {
    disks: HashMap<PathBuf, Disk>,
    /// Writes, truncations and syncs so far.
    ops: u64,
    /// The operation at which the power goes (none: it stays on).
    cut_at: Option<u64>,
    dead: bool,
}

fn state() -> MutexGuard<'static, State> {
    static STATE: OnceLock<Mutex<State>> = OnceLock::new();
    STATE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
}

/// One open file: SQLite's part first (its methods), then the path it is kept under and the
/// system VFS's own file.
#[repr(C)]
struct File {
    base: ffi::sqlite3_file,
    path: *mut PathBuf,
    real: *mut ffi::sqlite3_file,
}

struct Vfs(*mut ffi::sqlite3_vfs);
// SAFETY: the system VFS is a static SQLite owns and never frees; SQLite calls it from any thread.
unsafe impl Send for Vfs {}
unsafe impl Sync for Vfs {}

static SYSTEM: OnceLock<Vfs> = OnceLock::new();

fn system() -> *mut ffi::sqlite3_vfs {
    SYSTEM.get().expect("installed").0
}

/// Registers the VFS as SQLite's default for this process (once).
pub fn install() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| unsafe {
        let unix = ffi::sqlite3_vfs_find(std::ptr::null());
        assert!(!unix.is_null(), "SQLite has a default VFS");
        let _ = SYSTEM.set(Vfs(unix));
        let mut ours: ffi::sqlite3_vfs = std::ptr::read(unix);
        ours.szOsFile = std::mem::size_of::<File>() as c_int;
        ours.zName = NAME.as_ptr();
        ours.pNext = std::ptr::null_mut();
        ours.xOpen = Some(open);
        ours.xDelete = Some(delete);
        let ours = Box::leak(Box::new(ours));
        assert_eq!(ffi::sqlite3_vfs_register(ours, 1), ffi::SQLITE_OK);
    });
}

/// Starts counting again; the power goes at operation `cut_at` (none: never).
pub fn arm(cut_at: Option<u64>) {
    let mut s = state();
    s.ops = 0;
    s.cut_at = cut_at;
    s.dead = false;
}

/// Operations counted since `arm`.
pub fn ops() -> u64 {
    state().ops
}

/// Whether the power has gone.
pub fn cut() -> bool {
    state().dead
}

/// Puts on disk what it might hold after the cut (every connection must be closed): for each
/// file, its durable image with each pending write kept when `keep` says so. Forgets them all.
pub fn power_back(mut keep: impl FnMut() -> bool) {
    let mut s = state();
    for (path, disk) in s.disks.drain() {
        if !path.exists() {
            continue;
        }
        let mut content = disk.durable;
        for op in &disk.pending {
            if keep() {
                Disk::apply(&mut content, op);
            }
        }
        std::fs::write(&path, content).expect("writing the disk's image back");
        let shm = PathBuf::from(format!("{}-shm", path.display()));
        let _ = std::fs::remove_file(shm);
    }
    s.ops = 0;
    s.cut_at = None;
    s.dead = false;
}

/// Counts one operation; false once the power is gone (this one included when it is the cut).
fn alive(s: &mut State) -> bool {
    if s.dead {
        return false;
    }
    s.ops += 1;
    if s.cut_at == Some(s.ops) {
        s.dead = true;
        return false;
    }
    true
}

unsafe fn ours<'a>(file: *mut ffi::sqlite3_file) -> &'a mut File {
    &mut *(file as *mut File)
}

unsafe fn methods(file: &File) -> &ffi::sqlite3_io_methods {
    &*(*file.real).pMethods
}

unsafe extern "C" fn open(
    _vfs: *mut ffi::sqlite3_vfs,
    name: *const c_char,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    let unix = system();
    let size = (*unix).szOsFile as usize;
    let real = alloc_file(size);
    let me = ours(file);
    me.base.pMethods = std::ptr::null();
    me.path = std::ptr::null_mut();
    me.real = real;
    let rc = ((*unix).xOpen.expect("xOpen"))(unix, name, real, flags, out_flags);
    if rc != ffi::SQLITE_OK || (*real).pMethods.is_null() {
        free_file(real, size);
        me.real = std::ptr::null_mut();
        return rc;
    }
    if !name.is_null() {
        let path = PathBuf::from(CStr::from_ptr(name).to_string_lossy().into_owned());
        let mut s = state();
        s.disks.entry(path.clone()).or_insert_with(|| Disk {
            durable: std::fs::read(&path).unwrap_or_default(),
            pending: vec![],
        });
        me.path = Box::into_raw(Box::new(path));
    }
    me.base.pMethods = &METHODS;
    ffi::SQLITE_OK
}

unsafe extern "C" fn delete(
    _vfs: *mut ffi::sqlite3_vfs,
    name: *const c_char,
    sync_dir: c_int,
) -> c_int {
    let unix = system();
    if !name.is_null() {
        let path = PathBuf::from(CStr::from_ptr(name).to_string_lossy().into_owned());
        let mut s = state();
        if s.dead {
            return ffi::SQLITE_IOERR_DELETE;
        }
        s.disks.remove(&path);
    }
    ((*unix).xDelete.expect("xDelete"))(unix, name, sync_dir)
}

fn alloc_file(size: usize) -> *mut ffi::sqlite3_file {
    // Eight-byte words: the system VFS's file structure needs no more alignment than that.
    let words = vec![0u64; size.div_ceil(8)].into_boxed_slice();
    Box::into_raw(words) as *mut ffi::sqlite3_file
}

unsafe fn free_file(file: *mut ffi::sqlite3_file, size: usize) {
    let words = std::ptr::slice_from_raw_parts_mut(file as *mut u64, size.div_ceil(8));
    drop(Box::from_raw(words));
}

unsafe extern "C" fn close(file: *mut ffi::sqlite3_file) -> c_int {
    let me = ours(file);
    let rc = (methods(me).xClose.expect("xClose"))(me.real);
    free_file(me.real, (*system()).szOsFile as usize);
    if !me.path.is_null() {
        drop(Box::from_raw(me.path));
    }
    rc
}

unsafe extern "C" fn read(
    file: *mut ffi::sqlite3_file,
    buf: *mut c_void,
    n: c_int,
    at: i64,
) -> c_int {
    let me = ours(file);
    (methods(me).xRead.expect("xRead"))(me.real, buf, n, at)
}

/// A write, truncation or sync: counted, refused with `dead` once the power is gone (this one
/// too if it is the cut), else passed to the system's file by `call`; once that succeeds,
/// `note` records it on the file's disk.
unsafe fn guarded(
    file: *mut ffi::sqlite3_file,
    dead: c_int,
    call: impl FnOnce(&File) -> c_int,
    note: impl FnOnce(&mut Disk),
) -> c_int {
    let me = ours(file);
    let mut s = state();
    if !alive(&mut s) {
        return dead;
    }
    let rc = call(me);
    if rc == ffi::SQLITE_OK && !me.path.is_null() {
        if let Some(disk) = s.disks.get_mut(&*me.path) {
            note(disk);
        }
    }
    rc
}

unsafe extern "C" fn write(
    file: *mut ffi::sqlite3_file,
    buf: *const c_void,
    n: c_int,
    at: i64,
) -> c_int {
    guarded(
        file,
        ffi::SQLITE_IOERR_WRITE,
        |me| (methods(me).xWrite.expect("xWrite"))(me.real, buf, n, at),
        |disk| {
            let bytes = std::slice::from_raw_parts(buf as *const u8, n as usize).to_vec();
            disk.pending.push(Pending::Write {
                at: at as u64,
                bytes,
            });
        },
    )
}

unsafe extern "C" fn truncate(file: *mut ffi::sqlite3_file, size: i64) -> c_int {
    guarded(
        file,
        ffi::SQLITE_IOERR_TRUNCATE,
        |me| (methods(me).xTruncate.expect("xTruncate"))(me.real, size),
        |disk| disk.pending.push(Pending::Truncate(size as u64)),
    )
}

unsafe extern "C" fn sync(file: *mut ffi::sqlite3_file, flags: c_int) -> c_int {
    guarded(
        file,
        ffi::SQLITE_IOERR_FSYNC,
        |me| (methods(me).xSync.expect("xSync"))(me.real, flags),
        |disk| {
            for op in std::mem::take(&mut disk.pending) {
                Disk::apply(&mut disk.durable, &op);
            }
        },
    )
}

macro_rules! pass {
    ($name:ident, $field:ident, ($($arg:ident: $ty:ty),*)) => {
        unsafe extern "C" fn $name(file: *mut ffi::sqlite3_file $(, $arg: $ty)*) -> c_int {
            let me = ours(file);
            (methods(me).$field.expect(stringify!($field)))(me.real $(, $arg)*)
        }
    };
}

pass!(file_size, xFileSize, (size: *mut i64));
pass!(lock, xLock, (level: c_int));
pass!(unlock, xUnlock, (level: c_int));
pass!(check_reserved, xCheckReservedLock, (out: *mut c_int));
pass!(file_control, xFileControl, (op: c_int, arg: *mut c_void));
pass!(sector_size, xSectorSize, ());
pass!(device, xDeviceCharacteristics, ());
pass!(shm_map, xShmMap, (page: c_int, size: c_int, extend: c_int, out: *mut *mut c_void));
pass!(shm_lock, xShmLock, (offset: c_int, n: c_int, flags: c_int));
pass!(shm_unmap, xShmUnmap, (delete: c_int));

unsafe extern "C" fn shm_barrier(file: *mut ffi::sqlite3_file) {
    let me = ours(file);
    (methods(me).xShmBarrier.expect("xShmBarrier"))(me.real)
}

/// Version 2: shared memory (WAL), and no memory-mapped reads (version 3), so every read and
/// write passes here.
static METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 2,
    xClose: Some(close),
    xRead: Some(read),
    xWrite: Some(write),
    xTruncate: Some(truncate),
    xSync: Some(sync),
    xFileSize: Some(file_size),
    xLock: Some(lock),
    xUnlock: Some(unlock),
    xCheckReservedLock: Some(check_reserved),
    xFileControl: Some(file_control),
    xSectorSize: Some(sector_size),
    xDeviceCharacteristics: Some(device),
    xShmMap: Some(shm_map),
    xShmLock: Some(shm_lock),
    xShmBarrier: Some(shm_barrier),
    xShmUnmap: Some(shm_unmap),
    xFetch: None,
    xUnfetch: None,
};
