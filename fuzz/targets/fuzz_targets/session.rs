#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| intervju_fuzz::run("session", data));
