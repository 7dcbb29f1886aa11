//! The requests commands take, and how they are read: strictly (unknown fields refused), from
//! JSON or from the bytes the UI sends, with every malformation our own `invalid_request`.

use crate::error::{Error, Result};
use crate::i18n::Locale;
use crate::interview::InterviewDraft;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

/// Parses a command's request. A missing request reads as `{}`, so requests whose fields all
/// have defaults may be left out.
pub fn parse<T: DeserializeOwned>(request: Option<Value>) -> Result<T> {
    let value = request.unwrap_or_else(|| Value::Object(Default::default()));
    serde_json::from_value(value).map_err(|e| Error::InvalidRequest(e.to_string()))
}

/// The largest request a command reads: far above any form (the longest text field is a few
/// thousand characters), far below what could tie up the app.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

/// Parses a command's request from the JSON bytes the UI sent; empty reads as `{}`. Malformed
/// JSON of any kind (lone surrogates, nesting deeper than the parser's limit of 128, a request
/// over [`MAX_REQUEST_BYTES`]) is our `invalid_request`, checked before any work.
pub fn parse_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    if bytes.len() > MAX_REQUEST_BYTES {
        return Err(Error::InvalidRequest(format!(
            "request of {} bytes is over the limit",
            bytes.len()
        )));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return parse(None);
    }
    serde_json::from_slice(bytes).map_err(|e| Error::InvalidRequest(e.to_string()))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdRequest {
    pub id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RestoreRequest {
    /// A backup's file name, as `backups` lists it.
    pub name: String,
}

/// Names the interview a screen is about.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InterviewRequest {
    pub interview_id: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpdateRequest {
    pub id: i64,
    pub interview: InterviewDraft,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ListRequest {
    #[serde(default = "ListRequest::default_limit")]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

impl ListRequest {
    pub const MAX_LIMIT: u32 = 500;
    fn default_limit() -> u32 {
        100
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TextsRequest {
    /// A language to load instead of the current one (the settings screen previews with it).
    pub locale: Option<Locale>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn refused<T: std::fmt::Debug>(result: Result<T>) -> bool {
        matches!(result, Err(Error::InvalidRequest(_)))
    }

    proptest! {
        /// Invariant: whatever bytes arrive, reading them ends in a request or our
        /// `invalid_request` — never a panic, never another kind of error.
        #[test]
        fn any_bytes_are_a_request_or_invalid_request(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let read: Result<UpdateRequest> = parse_bytes(&bytes);
            prop_assert!(read.is_ok() || refused(read));
        }

        /// The same for text that looks like JSON: brackets, quotes, escapes, surrogates.
        #[test]
        fn json_like_text_is_a_request_or_invalid_request(text in r#"[\[\]{}",:0-9a-zA-Z\\u ]{0,200}"#) {
            let read: Result<IdRequest> = parse_bytes(text.as_bytes());
            prop_assert!(read.is_ok() || refused(read));
        }
    }

    #[rstest::rstest]
    #[case::lone_surrogate(br#"{"id": 1, "x": "\ud800"}"#.to_vec())]
    #[case::deep(format!("{}{}", "[".repeat(200), "]".repeat(200)).into_bytes())]
    #[case::too_big(vec![b' '; MAX_REQUEST_BYTES + 1])]
    #[case::not_utf8(b"{\"id\": \"\xff\"}".to_vec())]
    fn malformed_bytes_are_invalid_request(#[case] bytes: Vec<u8>) {
        assert!(refused(parse_bytes::<IdRequest>(&bytes)));
    }

    #[test]
    fn empty_bytes_read_as_an_empty_request() {
        let list: ListRequest = parse_bytes(b"  ").unwrap();
        assert_eq!(list.limit, 100);
    }
}
