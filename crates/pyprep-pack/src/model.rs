//! The in-memory model of problems and packs that the rest of pyprep consumes.

use serde::{Deserialize, Serialize};

/// The version of the compiled JSON that `pyprep build` writes and the web app reads.
pub const FORMAT_VERSION: u32 = 1;

/// How a candidate's answer is invoked and checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "style", rename_all = "lowercase")]
pub enum Style {
    /// A program that reads standard input and writes standard output (the Kattis model).
    Stdio,
    /// A function named `entry`; each test's input is a JSON list of arguments and its answer
    /// the JSON of the expected return value.
    Function {
        /// The name of the function the candidate writes.
        entry: String,
        /// Whether a returned list is compared without regard to order.
        unordered: bool,
    },
    /// A class named `entry`; each test is a sequence of operations (constructor, then method
    /// calls) with the expected result of each.
    Class {
        /// The name of the class the candidate writes.
        entry: String,
    },
    /// A Python snippet run after the candidate's code; its printed output is compared.
    Snippet,
}

impl Style {
    /// The style's name as `problem.yaml` writes it.
    pub fn name(&self) -> &'static str {
        match self {
            Style::Stdio => "stdio",
            Style::Function { .. } => "function",
            Style::Class { .. } => "class",
            Style::Snippet => "snippet",
        }
    }
}

/// How hard a problem is meant to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// A warm-up: basic implementation.
    Easy,
    /// A typical OA problem.
    Medium,
    /// The last problem of a hard OA.
    Hard,
}

impl Difficulty {
    /// The difficulty's name as `problem.yaml` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// The format of a problem statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementFormat {
    /// `problem.en.md`: rendered as sanitised Markdown.
    Markdown,
    /// `problem.en.tex` from an existing Kattis package: shown as readable text.
    Latex,
}

/// A problem statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Which file the statement came from.
    pub format: StatementFormat,
    /// The statement text; for LaTeX, converted to readable plain text.
    pub text: String,
}

/// Flags of the Kattis default output validator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ValidatorFlags {
    /// Tokens are compared case-sensitively (`case_sensitive`).
    pub case_sensitive: bool,
    /// White space must match exactly (`space_change_sensitive`).
    pub space_change_sensitive: bool,
    /// Absolute tolerance for floating-point tokens (`float_absolute_tolerance`, or `float_tolerance`).
    pub float_absolute_tolerance: Option<f64>,
    /// Relative tolerance for floating-point tokens (`float_relative_tolerance`, or `float_tolerance`).
    pub float_relative_tolerance: Option<f64>,
}

/// How the output of a test is checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Validator {
    /// The Kattis default validator (token comparison) or, for function and class problems,
    /// structural comparison of values; floats use the flags' tolerances.
    Default,
    /// A Kattis output validator written in Python, run in the judge's interpreter.
    Python {
        /// The path of the validator's source inside the problem directory.
        path: String,
        /// The validator's source.
        source: String,
    },
}

/// One test case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestCase {
    /// The path below `data/` without extension, for example `secret/empty/01`.
    pub name: String,
    /// The test group: `sample`, `secret`, or the sub-folder below `data/secret/`, for example `empty`.
    pub group: String,
    /// Whether this is a sample test (visible to the candidate).
    pub sample: bool,
    /// The contents of the `.in` file.
    pub input: String,
    /// The contents of the `.ans` file.
    pub answer: String,
    /// The contents of the `.hint` file, shown to the candidate when the test fails.
    pub hint: Option<String>,
    /// The contents of the `.desc` file: what the test probes, for authors.
    pub desc: Option<String>,
    /// The output validator flags in force for this test (problem-wide, then the group's `testdata.yaml`).
    pub flags: ValidatorFlags,
}

/// A test group, in the order in which groups first appear among the tests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestGroup {
    /// The group's name, as in [`TestCase::group`].
    pub name: String,
    /// Points for passing every test of the group, from `testdata.yaml`, if given.
    pub points: Option<f64>,
}

/// The verdict a submission in `submissions/` is expected to get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectedOutcome {
    /// `submissions/accepted/`: AC on every test.
    Accepted,
    /// `submissions/wrong_answer/`: at least one WA and no test beyond the limits.
    WrongAnswer,
    /// `submissions/time_limit_exceeded/`: at least one TLE.
    TimeLimitExceeded,
    /// `submissions/run_time_error/`: at least one RE.
    RunTimeError,
}

/// A reference or deliberately wrong submission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// The path inside the problem directory, for example `submissions/accepted/sol.py`.
    pub path: String,
    /// What the submission is expected to get.
    pub expected: ExpectedOutcome,
    /// The Python source.
    pub source: String,
}

/// Resource limits of a problem.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// The time limit per test in seconds, when the problem fixes one.
    pub time_limit: Option<f64>,
    /// Multiplier over the slowest accepted submission when the time limit is derived.
    pub time_multiplier: f64,
    /// Memory limit in MiB.
    pub memory_mib: u32,
    /// Output limit in KiB.
    pub output_kib: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self { time_limit: None, time_multiplier: 5.0, memory_mib: 512, output_kib: 1024 }
    }
}

/// A problem, loaded and validated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The directory name, which identifies the problem within its pack.
    pub id: String,
    /// The English title.
    pub name: String,
    /// How the answer is invoked.
    #[serde(flatten)]
    pub style: Style,
    /// `pass-fail` (false) or `scoring` (true).
    pub scoring: bool,
    /// How hard the problem is meant to be.
    pub difficulty: Option<Difficulty>,
    /// Topics from the fixed vocabulary in [`crate::TOPICS`].
    pub topics: Vec<String>,
    /// The suggested time to solve it, in minutes.
    pub minutes: Option<u32>,
    /// Resource limits.
    pub limits: Limits,
    /// The statement.
    pub statement: Statement,
    /// The code the editor starts with (`starter.py`); may be deliberately buggy.
    pub starter: Option<String>,
    /// How outputs are checked.
    pub validator: Validator,
    /// The test groups, samples first.
    pub groups: Vec<TestGroup>,
    /// Every test, samples first, each group's files in lexicographic order.
    pub tests: Vec<TestCase>,
    /// Whether an OA report may reveal the hidden tests' inputs after the session.
    pub reveal_hidden: bool,
    /// The submissions in `submissions/`; empty in a compiled pack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub submissions: Vec<Submission>,
}

/// A timed online-assessment set: a few problems and a duration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OaSet {
    /// Identifies the set within its pack.
    pub id: String,
    /// The set's title.
    pub title: String,
    /// The session's duration in minutes.
    pub minutes: u32,
    /// The ids of its problems (2 to 4), in order.
    pub problems: Vec<String>,
}

/// A pack: a titled, ordered collection of problems with optional OA sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// Identifies the pack.
    pub id: String,
    /// The pack's title.
    pub title: String,
    /// A short description.
    pub description: String,
    /// The pack's version, as the author writes it.
    pub version: String,
    /// Who wrote it.
    pub authors: Vec<String>,
    /// Its licence.
    pub license: Option<String>,
    /// The problems, in the order of `pack.yaml`.
    pub problems: Vec<Problem>,
    /// OA sets.
    pub oa_sets: Vec<OaSet>,
}
