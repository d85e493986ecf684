//! What the app keeps per problem for the candidate: the draft, custom tests, notes, the clock,
//! the last result and the problem's state. These are the records stored in the browser.

use pyprep_judge::Report;
use serde::{Deserialize, Serialize};

use crate::timer::Countdown;

/// Where the candidate stands on a problem.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Never run.
    #[default]
    Untried,
    /// Run or submitted, not yet accepted.
    Attempted,
    /// A submission passed every test.
    Solved,
}

impl Status {
    /// The word shown to the candidate.
    pub fn label(self) -> &'static str {
        match self {
            Status::Untried => "Not tried",
            Status::Attempted => "Attempted",
            Status::Solved => "Solved",
        }
    }
}

/// A test the candidate wrote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomTest {
    /// The input (stdin, JSON arguments, operations or test code, by the problem's style).
    pub input: String,
    /// The expected output or value.
    pub expected: String,
}

/// A think-aloud note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Time on the problem's clock when it was written, in ms.
    pub elapsed_ms: f64,
    /// What the candidate wrote.
    pub text: String,
}

/// The candidate's work on one problem, stored as one record. Fields added later read as
/// their defaults from older records.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProblemRecord {
    /// The code in the editor; `None` until the candidate changes the starter code.
    pub code: Option<String>,
    /// Tests the candidate added.
    pub custom_tests: Vec<CustomTest>,
    /// Think-aloud notes, oldest first.
    pub notes: Vec<Note>,
    /// The problem's clock; `None` until the problem is first opened.
    pub clock: Option<Countdown>,
    /// Where the candidate stands.
    pub status: Status,
    /// How many times the candidate submitted.
    pub submissions: u32,
    /// A note being written and not yet added.
    pub note_draft: String,
}

/// Whether a result came from Run (samples and custom tests) or Submit (every test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    /// The samples and the candidate's own tests.
    Run,
    /// Every test.
    Submit,
}

/// The last result shown for a problem, stored apart from the record because it can be large.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LastResult {
    /// Run or Submit.
    pub kind: RunKind,
    /// The judge's report.
    pub report: Report,
    /// When it finished, in ms since the Unix epoch.
    pub at_ms: f64,
}

/// The template offered for notes.
pub const NOTE_TEMPLATE: &str = "Approach: \nEdge cases: \nComplexity: ";
