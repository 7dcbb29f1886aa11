//! Request benchmark: a question with very many tags, refused, beside its baseline — reading the
//! same request into plain JSON in the same run. A refusal should cost about what reading the
//! request costs, whatever it holds (the count is checked before any cleaning). Run with
//! `make bench`; prints one JSON line per size.

use intervju_core::{Core, Environment, ManualClock};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Instant;

fn median_ms(mut run: impl FnMut(), times: usize) -> f64 {
    let mut samples: Vec<f64> = (0..times)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let env = Environment {
        os_locale: "en".into(),
        device_zone: chrono_tz::Europe::Oslo,
    };
    let core = Core::open_in_memory(clock, env).unwrap();
    for tags in [10usize, 1_000, 10_000, 50_000] {
        let list: Vec<String> = (0..tags).map(|i| format!("tag number {i}")).collect();
        let request = json!({ "text": "Why this job?", "tags": list });
        let bytes = serde_json::to_vec(&request).unwrap();
        let times = if tags > 10_000 { 5 } else { 21 };
        let baseline = median_ms(
            || {
                let _: Value = serde_json::from_slice(&bytes).unwrap();
            },
            times,
        );
        let refused = median_ms(
            || {
                let draft = intervju_core::parse(Some(request.clone())).unwrap();
                let answer = core.create_question(draft);
                assert!(tags <= 10 || answer.is_err(), "{tags} tags were accepted");
            },
            times,
        );
        println!(
            "{}",
            json!({"bench": "create_question_tags", "tags": tags, "baselineMs": baseline, "ms": refused, "ratio": refused / baseline})
        );
    }
}
