//! Reflection, lessons and outcome commands.

use super::{Core, InterviewRequest};
use crate::error::Result;
use crate::interview::{self, Interview, Status};
use crate::reflection::outcome::{self, Feedback};
use crate::reflection::{self, lessons, Lesson, Part, ReflectionView};
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReflectionRequest {
    pub interview_id: i64,
    /// Answers by name; `null` clears one.
    pub changes: Map<String, Value>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompleteRequest {
    pub interview_id: i64,
    pub part: Part,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LessonRequest {
    pub lesson_id: i64,
    pub learned: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OutcomeRequest {
    pub interview_id: i64,
    pub status: Status,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FeedbackRequest {
    pub interview_id: i64,
    pub feedback: Option<String>,
    pub asked: Option<bool>,
}

impl Core {
    pub fn reflection(&self, r: InterviewRequest) -> Result<ReflectionView> {
        reflection::view(&self.read(), r.interview_id)
    }

    pub fn update_reflection(&self, r: ReflectionRequest) -> Result<ReflectionView> {
        reflection::update(
            &mut *self.write()?,
            r.interview_id,
            &r.changes,
            self.clock.now(),
        )
    }

    pub fn complete_reflection(&self, r: CompleteRequest) -> Result<ReflectionView> {
        let (now, zone) = (self.clock.now(), self.env.device_zone);
        reflection::complete(&mut *self.write()?, r.interview_id, r.part, now, zone)
    }

    pub fn lessons(&self, r: InterviewRequest) -> Result<Vec<Lesson>> {
        let conn = self.read();
        interview::require(&conn, r.interview_id)?;
        lessons::open_for(&conn, r.interview_id)
    }

    pub fn set_lesson_learned(&self, r: LessonRequest) -> Result<()> {
        lessons::set_learned(
            &mut *self.write()?,
            r.lesson_id,
            r.learned,
            self.clock.now(),
        )
    }

    pub fn set_outcome(&self, r: OutcomeRequest) -> Result<Interview> {
        let mut conn = self.write()?;
        let zone = self.env.device_zone;
        outcome::set_status(&mut conn, r.interview_id, r.status, self.clock.now(), zone)?;
        interview::get(&conn, r.interview_id)
    }

    pub fn feedback(&self, r: InterviewRequest) -> Result<Feedback> {
        outcome::feedback(&self.read(), r.interview_id)
    }

    pub fn update_feedback(&self, r: FeedbackRequest) -> Result<Feedback> {
        let now = self.clock.now();
        outcome::update_feedback(
            &mut *self.write()?,
            r.interview_id,
            r.feedback.as_deref(),
            r.asked,
            now,
            self.env.device_zone,
        )
    }
}
