//! Timed OA sessions: the stored session, its clock (computed from the start time), scoring,
//! the timeline of submissions and notes, and the Markdown and JSON exports of its report.

use serde::{Deserialize, Serialize};

use pyprep_judge::{Report, Verdict};

use crate::records::Note;
use crate::timer::stamp;

/// One submission in a session, kept for the report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OaSubmission {
    /// When, in ms since the session started.
    pub elapsed_ms: f64,
    /// Whether the clock's expiry submitted it.
    pub automatic: bool,
    /// The judge's report.
    pub report: Report,
}

/// A problem of a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OaProblem {
    /// The problem's key (`pack/problem`).
    pub key: String,
    /// Its title, kept so a report reads well even if the pack is gone.
    pub title: String,
    /// The code last in the editor.
    pub code: String,
    /// The think-aloud notes, stamped with the session's clock.
    pub notes: Vec<Note>,
    /// Every submission, oldest first.
    pub submissions: Vec<OaSubmission>,
    /// Time spent with this problem open, in ms.
    pub time_ms: f64,
}

impl OaProblem {
    /// A problem of a new session, with the pack's starter code in its editor.
    pub fn new(pack: &str, problem: &pyprep_pack::Problem) -> Self {
        OaProblem {
            key: crate::catalog::problem_key(pack, &problem.id),
            title: problem.name.clone(),
            code: problem.starter.clone().unwrap_or_default(),
            notes: Vec::new(),
            submissions: Vec::new(),
            time_ms: 0.0,
        }
    }

    /// The best score of any submission, from 0 to 100.
    pub fn best_score(&self) -> f64 {
        self.submissions.iter().map(|s| s.report.score).fold(0.0, f64::max)
    }

    /// The last submission's score, from 0 to 100.
    pub fn last_score(&self) -> f64 {
        self.submissions.last().map_or(0.0, |s| s.report.score)
    }
}

/// A timed session: a few problems, one clock.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OaSession {
    /// Identifies the session (its start time, in ms, as text).
    pub id: String,
    /// The set's title.
    pub title: String,
    /// The pack and set it came from, when it came from one.
    pub set: Option<String>,
    /// The duration, in minutes.
    pub minutes: u32,
    /// When it started, in ms since the epoch.
    pub started_at: f64,
    /// When it ended (expiry or "End now").
    pub ended_at: Option<f64>,
    /// Whether expiry ended it.
    pub expired: bool,
    /// The problems, in order.
    pub problems: Vec<OaProblem>,
    /// The problem open now.
    pub current: usize,
    /// When the current problem was opened (for time per problem).
    pub current_since: f64,
    /// Whether every problem was submitted after the end.
    #[serde(default)]
    pub finalised: bool,
}

impl OaSession {
    /// A session that starts at `now` (which also names it).
    pub fn start(title: String, set: Option<String>, minutes: u32, problems: Vec<OaProblem>, now: f64) -> Self {
        OaSession {
            id: format!("{now:.0}"),
            title,
            set,
            minutes,
            started_at: now,
            ended_at: None,
            expired: false,
            problems,
            current: 0,
            current_since: now,
            finalised: false,
        }
    }

    /// When the session's time runs out, in ms since the epoch.
    pub fn deadline(&self) -> f64 {
        self.started_at + f64::from(self.minutes) * 60_000.0
    }

    /// The time left at `now`, in ms (never negative).
    pub fn remaining_ms(&self, now: f64) -> f64 {
        (self.deadline() - now).max(0.0)
    }

    /// Whether the session still runs.
    pub fn active(&self) -> bool {
        self.ended_at.is_none()
    }

    /// The time since the start, in ms, capped at the end.
    pub fn elapsed_ms(&self, now: f64) -> f64 {
        (self.ended_at.unwrap_or(now).min(self.deadline()) - self.started_at).max(0.0)
    }

    /// Switches to another problem, adding the time spent on the current one.
    pub fn switch_to(&mut self, index: usize, now: f64) {
        if index < self.problems.len() {
            self.settle_time(now);
            self.current = index;
        }
    }

    /// Adds the time since `current_since` to the current problem.
    pub fn settle_time(&mut self, now: f64) {
        let until = now.min(self.deadline());
        if let Some(problem) = self.problems.get_mut(self.current) {
            problem.time_ms += (until - self.current_since).max(0.0);
        }
        self.current_since = until;
    }

    /// The total score: the sum of each problem's best score.
    pub fn total(&self) -> f64 {
        (self.problems.iter().map(OaProblem::best_score).sum::<f64>() * 100.0).round() / 100.0
    }

    /// The most the total can be.
    pub fn max_total(&self) -> f64 {
        100.0 * self.problems.len() as f64
    }

    /// The session's submissions and notes in the order they happened.
    pub fn timeline(&self) -> Vec<TimelineEntry> {
        let mut entries: Vec<TimelineEntry> = Vec::new();
        for (index, problem) in self.problems.iter().enumerate() {
            for s in &problem.submissions {
                entries.push(TimelineEntry {
                    elapsed_ms: s.elapsed_ms,
                    problem: index,
                    what: TimelineWhat::Submission {
                        verdict: s.report.verdict,
                        score: s.report.score,
                        passed: s.report.passed,
                        total: s.report.total,
                        automatic: s.automatic,
                    },
                });
            }
            for note in &problem.notes {
                entries.push(TimelineEntry {
                    elapsed_ms: note.elapsed_ms,
                    problem: index,
                    what: TimelineWhat::Note(note.text.clone()),
                });
            }
        }
        entries.sort_by(|a, b| a.elapsed_ms.total_cmp(&b.elapsed_ms));
        entries
    }
}

/// Something that happened in a session.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// When, in ms since the start.
    pub elapsed_ms: f64,
    /// Which problem (index in the session).
    pub problem: usize,
    /// What.
    pub what: TimelineWhat,
}

/// The kinds of timeline entries.
#[derive(Clone, Debug, PartialEq)]
pub enum TimelineWhat {
    /// A submission and its result.
    Submission {
        /// The overall verdict.
        verdict: Verdict,
        /// The score, 0 to 100.
        score: f64,
        /// Tests passed.
        passed: usize,
        /// Tests run.
        total: usize,
        /// Whether expiry submitted it.
        automatic: bool,
    },
    /// A think-aloud note.
    Note(String),
}

/// The groups of a problem's last submission, each with its passed and total counts and the
/// hint of its first failed test.
pub fn group_results(problem: &OaProblem) -> Vec<(String, usize, usize, Option<String>)> {
    let Some(last) = problem.submissions.last() else { return Vec::new() };
    last.report
        .groups
        .iter()
        .filter(|g| g.name != "sample")
        .map(|g| {
            let hint = last
                .report
                .tests
                .iter()
                .filter(|t| t.group == g.name && t.verdict != Verdict::AC)
                .find_map(|t| t.hint.clone());
            (g.name.clone(), g.passed, g.total, hint)
        })
        .collect()
}

/// The report as Markdown, for the candidate to keep.
pub fn markdown(session: &OaSession) -> String {
    let mut out = format!("# {}\n\n", session.title);
    out += &format!(
        "Score: **{} / {}** · duration {} min · time used {}\n\n",
        session.total(),
        session.max_total(),
        session.minutes,
        stamp(session.elapsed_ms(session.ended_at.unwrap_or(session.deadline())))
    );
    out += "| problem | best | last | submissions | time |\n|---|---|---|---|---|\n";
    for p in &session.problems {
        out += &format!(
            "| {} | {} | {} | {} | {} |\n",
            p.title,
            p.best_score(),
            p.last_score(),
            p.submissions.len(),
            stamp(p.time_ms)
        );
    }
    for p in &session.problems {
        out += &format!("\n## {}\n\n", p.title);
        for (group, passed, total, hint) in group_results(p) {
            let mark = if passed == total { "passed" } else { "failed" };
            out += &format!("- {group}: {passed}/{total} {mark}");
            if let (true, Some(hint)) = (passed < total, hint) {
                out += &format!(" (hint: {hint})");
            }
            out += "\n";
        }
        if !p.notes.is_empty() {
            out += "\nNotes:\n\n";
            for n in &p.notes {
                out += &format!("- [{}] {}\n", stamp(n.elapsed_ms), n.text.replace('\n', " "));
            }
        }
        out += &format!("\nFinal code:\n\n```python\n{}\n```\n", p.code.trim_end());
    }
    out += "\n## Timeline\n\n";
    for e in session.timeline() {
        let title = &session.problems[e.problem].title;
        match e.what {
            TimelineWhat::Submission { verdict, score, passed, total, automatic } => {
                let auto = if automatic { " (automatic, at expiry)" } else { "" };
                out += &format!(
                    "- {} {title}: submitted{auto}, {verdict}, {passed}/{total} tests, score {score}\n",
                    stamp(e.elapsed_ms)
                );
            }
            TimelineWhat::Note(text) => {
                out += &format!("- {} {title}: note: {}\n", stamp(e.elapsed_ms), text.replace('\n', " "))
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyprep_judge::GroupReport;

    fn report(score: f64, verdict: Verdict) -> Report {
        Report {
            problem: "p".into(),
            verdict,
            passed: 1,
            total: 2,
            time_limit_ms: 1000.0,
            score,
            groups: vec![GroupReport { name: "empty".into(), passed: 0, total: 1, points: None }],
            tests: Vec::new(),
        }
    }

    fn session() -> OaSession {
        let problem = |key: &str| OaProblem {
            key: key.into(),
            title: key.into(),
            code: String::new(),
            notes: Vec::new(),
            submissions: Vec::new(),
            time_ms: 0.0,
        };
        OaSession {
            id: "1".into(),
            title: "Mock".into(),
            set: None,
            minutes: 60,
            started_at: 1_000.0,
            ended_at: None,
            expired: false,
            problems: vec![problem("a/x"), problem("a/y")],
            current: 0,
            current_since: 1_000.0,
            finalised: false,
        }
    }

    #[test]
    fn the_clock_comes_from_the_start_time() {
        let s = session();
        assert_eq!(s.remaining_ms(1_000.0), 3_600_000.0);
        assert_eq!(s.remaining_ms(61_000.0), 3_540_000.0);
        assert_eq!(s.remaining_ms(9_999_999.0), 0.0);
    }

    #[test]
    fn the_total_adds_each_problems_best_score() {
        let mut s = session();
        for (score, at) in [(50.0, 10.0), (25.0, 20.0)] {
            s.problems[0].submissions.push(OaSubmission {
                elapsed_ms: at,
                automatic: false,
                report: report(score, Verdict::WA),
            });
        }
        assert_eq!(s.problems[0].best_score(), 50.0);
        assert_eq!(s.problems[0].last_score(), 25.0);
        assert_eq!(s.total(), 50.0);
        assert_eq!(s.max_total(), 200.0);
    }

    #[test]
    fn time_per_problem_adds_up_when_switching() {
        let mut s = session();
        s.switch_to(1, 61_000.0);
        s.switch_to(0, 91_000.0);
        assert_eq!(s.problems[0].time_ms, 60_000.0);
        assert_eq!(s.problems[1].time_ms, 30_000.0);
    }

    #[test]
    fn the_timeline_interleaves_submissions_and_notes() {
        let mut s = session();
        s.problems[1].notes.push(Note { elapsed_ms: 5.0, text: "two pointers".into() });
        s.problems[0].submissions.push(OaSubmission {
            elapsed_ms: 7.0,
            automatic: true,
            report: report(100.0, Verdict::AC),
        });
        let timeline = s.timeline();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[0].what, TimelineWhat::Note("two pointers".into()));
        assert_eq!(timeline[1].problem, 0);
        let md = markdown(&s);
        assert!(md.contains("note: two pointers"), "{md}");
        assert!(md.contains("submitted (automatic, at expiry), AC"), "{md}");
        assert!(md.contains("Score: **100 / 200**"), "{md}");
    }
}
