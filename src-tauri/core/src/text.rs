//! Checks shared by every text a user types: trimmed, within its length, and free of control
//! characters (long texts may keep line breaks and tabs).

use crate::error::{Error, FieldError, Problem, Result};

/// What a text field may hold.
#[derive(Debug, Clone, Copy)]
pub struct TextRule {
    pub max: usize,
    pub required: bool,
    /// Line breaks and tabs allowed.
    pub multiline: bool,
}

impl TextRule {
    pub const fn line(max: usize) -> TextRule {
        TextRule {
            max,
            required: false,
            multiline: false,
        }
    }

    pub const fn required_line(max: usize) -> TextRule {
        TextRule {
            max,
            required: true,
            multiline: false,
        }
    }

    pub const fn long(max: usize) -> TextRule {
        TextRule {
            max,
            required: false,
            multiline: true,
        }
    }

    /// The problem with `value` (already trimmed), if any.
    pub fn problem(self, value: &str) -> Option<Problem> {
        if self.required && value.is_empty() {
            Some(Problem::Required)
        } else if value.chars().count() > self.max {
            Some(Problem::TooLong { max: self.max })
        } else if value
            .chars()
            .any(|c| c.is_control() && !(self.multiline && matches!(c, '\n' | '\r' | '\t')))
        {
            Some(Problem::ControlCharacters)
        } else {
            None
        }
    }

    /// The trimmed text, or a validation error naming `field`.
    pub fn clean(self, field: &str, value: &str) -> Result<String> {
        let value = value.trim();
        match self.problem(value) {
            None => Ok(value.to_owned()),
            Some(problem) => Err(Error::Validation(vec![FieldError::new(field, problem)])),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[rstest::rstest]
    #[case(TextRule::required_line(5), "  ", Some("required"))]
    #[case(TextRule::required_line(5), " abcde ", None)]
    #[case(TextRule::line(5), "abcdef", Some("too_long"))]
    #[case(TextRule::line(5), "æøå", None)]
    #[case(TextRule::line(50), "a\nb", Some("control_characters"))]
    #[case(TextRule::long(50), "a\n\tb", None)]
    #[case(TextRule::long(50), "a\u{0}b", Some("control_characters"))]
    fn rules(#[case] rule: TextRule, #[case] value: &str, #[case] expected: Option<&str>) {
        assert_eq!(rule.problem(value.trim()).map(Problem::code), expected);
    }
}
