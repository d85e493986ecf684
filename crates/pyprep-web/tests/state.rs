//! The app's reducer, filters, routes and run plans, tested natively on a small compiled pack.

use std::rc::Rc;

use pyprep_judge::{Report, Selection, Verdict};
use pyprep_web::catalog::{LoadedPack, Origin, parse_pack};
use pyprep_web::plan::{BROWSER_SLOWDOWN, browser_time_limit_ms, options};
use pyprep_web::records::{CustomTest, RunKind, Status};
use pyprep_web::state::{Action, Confirm, FilterField, JudgeStatus, Route, RunTarget, State};

const PACK: &str = include_str!("fixtures/tiny-pack.json");
const SECOND: &str = "tiny/second-largest";
const PROFIT: &str = "tiny/max-profit";

fn state() -> State {
    let mut state = State::default();
    let pack = parse_pack("tiny-pack.json", PACK).expect("the fixture parses");
    state.apply(Action::AddPack(LoadedPack { pack: Rc::new(pack), origin: Origin::Bundled }));
    state.apply(Action::BundledLoaded);
    state
}

fn report(verdict: Verdict) -> Report {
    Report {
        problem: "second-largest".into(),
        verdict,
        passed: 0,
        total: 0,
        time_limit_ms: 1000.0,
        score: 0.0,
        groups: Vec::new(),
        tests: Vec::new(),
    }
}

fn finish(state: &mut State, key: &str, kind: RunKind, verdict: Verdict) {
    state.apply(Action::RunStarted { key: key.into(), kind, total: 1 });
    assert!(matches!(state.judge, JudgeStatus::Running { .. }));
    state.apply(Action::RunFinished {
        target: RunTarget::Practice(key.into()),
        kind,
        report: report(verdict),
        now: 0.0,
    });
}

#[test]
fn opening_a_problem_starts_its_clock_once() {
    let mut s = state();
    s.apply(Action::Open { key: SECOND.into(), now: 1_000.0 });
    assert_eq!(s.route, Route::Problem(SECOND.into()));
    let clock = s.records[SECOND].clock.clone().expect("the clock starts");
    assert_eq!(clock.limit_s, 15 * 60);
    s.apply(Action::Back);
    s.apply(Action::Open { key: SECOND.into(), now: 500_000.0 });
    assert_eq!(s.records[SECOND].clock, Some(clock), "reopening keeps the running clock");
}

#[test]
fn edits_are_kept_and_reset_asks_first() {
    let mut s = state();
    let starter = s.code(PROFIT);
    assert_eq!(starter, s.starter(PROFIT), "an untouched problem shows its starter code");
    s.apply(Action::Edit { key: PROFIT.into(), code: "def max_profit(p):\n    return 0\n".into() });
    assert_eq!(s.code(PROFIT), "def max_profit(p):\n    return 0\n");
    s.apply(Action::Ask(Confirm::ResetStarter(PROFIT.into())));
    s.apply(Action::Cancel);
    assert_eq!(s.code(PROFIT), "def max_profit(p):\n    return 0\n", "cancel keeps the draft");
    let generation = s.editor_generation;
    s.apply(Action::ResetStarter(PROFIT.into()));
    assert_eq!(s.code(PROFIT), starter);
    assert_eq!(s.editor_generation, generation + 1, "the editor reloads its text");
}

#[test]
fn only_an_accepted_submit_solves_and_solved_stays_solved() {
    let mut s = state();
    assert_eq!(s.status(SECOND), Status::Untried);
    finish(&mut s, SECOND, RunKind::Run, Verdict::AC);
    assert_eq!(s.status(SECOND), Status::Attempted, "passing the samples is not solving");
    finish(&mut s, SECOND, RunKind::Submit, Verdict::WA);
    assert_eq!(s.status(SECOND), Status::Attempted);
    finish(&mut s, SECOND, RunKind::Submit, Verdict::AC);
    assert_eq!(s.status(SECOND), Status::Solved);
    finish(&mut s, SECOND, RunKind::Submit, Verdict::TLE);
    assert_eq!(s.status(SECOND), Status::Solved);
    assert_eq!(s.records[SECOND].submissions, 3);
    assert_eq!(s.judge, JudgeStatus::Ready);
    assert_eq!(s.results[SECOND].report.verdict, Verdict::TLE, "the last result is shown");
}

#[test]
fn filters_combine() {
    let mut s = state();
    let ids = |s: &State| -> Vec<String> {
        s.visible_problems().iter().flat_map(|(_, ps)| ps.iter().map(|p| p.id.clone())).collect()
    };
    assert_eq!(ids(&s), ["second-largest", "max-profit"]);
    s.apply(Action::Filter(FilterField::Topic, "greedy".into()));
    assert_eq!(ids(&s), ["max-profit"]);
    s.apply(Action::Filter(FilterField::Topic, String::new()));
    s.apply(Action::Filter(FilterField::Search, "SECOND".into()));
    assert_eq!(ids(&s), ["second-largest"]);
    s.apply(Action::Filter(FilterField::Difficulty, "hard".into()));
    assert!(ids(&s).is_empty());
    s.apply(Action::Filter(FilterField::Difficulty, "easy".into()));
    s.apply(Action::Filter(FilterField::Search, String::new()));
    finish(&mut s, PROFIT, RunKind::Submit, Verdict::AC);
    s.apply(Action::Filter(FilterField::Status, "solved".into()));
    assert_eq!(ids(&s), ["max-profit"]);
    s.apply(Action::Filter(FilterField::Status, "untried".into()));
    assert_eq!(ids(&s), ["second-largest"]);
}

#[test]
fn notes_are_stamped_with_the_clock_and_blank_ones_dropped() {
    let mut s = state();
    s.apply(Action::Open { key: SECOND.into(), now: 0.0 });
    s.apply(Action::AddNote { key: SECOND.into(), text: "sort, then scan\n".into(), now: 125_000.0 });
    s.apply(Action::AddNote { key: SECOND.into(), text: "   ".into(), now: 130_000.0 });
    let notes = &s.records[SECOND].notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "sort, then scan");
    assert_eq!(notes[0].elapsed_ms, 125_000.0);
    s.apply(Action::ToggleClock { key: SECOND.into(), now: 200_000.0 });
    s.apply(Action::AddNote { key: SECOND.into(), text: "paused".into(), now: 900_000.0 });
    assert_eq!(s.records[SECOND].notes[1].elapsed_ms, 200_000.0, "a paused clock does not advance");
}

#[test]
fn custom_tests_join_run_but_not_submit() {
    let mut s = state();
    s.apply(Action::AddCustomTest(SECOND.into()));
    s.apply(Action::AddCustomTest(SECOND.into()));
    let test = CustomTest { input: "2\n5 5".into(), expected: "NONE".into() };
    s.apply(Action::EditCustomTest { key: SECOND.into(), index: 0, test: test.clone() });
    assert_eq!(s.records[SECOND].custom_tests, [test.clone(), CustomTest::default()]);
    let (_, problem) = s.catalog.problem(SECOND).unwrap();
    let run = options(problem, RunKind::Run, &s.records[SECOND].custom_tests);
    assert_eq!(run.selection, Selection::Samples);
    assert_eq!(run.custom_tests.len(), 1, "the blank custom test is left out");
    assert_eq!(run.custom_tests[0].name, "custom-1");
    assert_eq!(run.custom_tests[0].input, "2\n5 5\n", "stdin input ends with a newline");
    assert!(run.custom_tests[0].sample, "custom tests are visible");
    let submit = options(problem, RunKind::Submit, &s.records[SECOND].custom_tests);
    assert_eq!(submit.selection, Selection::All);
    assert!(submit.custom_tests.is_empty());
    assert_eq!(submit.time_limit_ms, browser_time_limit_ms(problem));
    assert_eq!(submit.time_limit_ms, problem.limits.time_limit.unwrap() * 1000.0 * BROWSER_SLOWDOWN);
    s.apply(Action::RemoveCustomTest { key: SECOND.into(), index: 0 });
    assert_eq!(s.records[SECOND].custom_tests, [CustomTest::default()]);
}

#[test]
fn routes_round_trip_through_the_hash() {
    for route in [Route::List, Route::Problem(SECOND.into())] {
        assert_eq!(Route::from_hash(&route.hash()), route);
    }
    assert_eq!(Route::from_hash("#/problem/only-one-part"), Route::List);
    assert_eq!(Route::from_hash("#/elsewhere"), Route::List);
}

#[test]
fn the_judge_status_is_the_automation_hook() {
    let mut s = state();
    assert_eq!(s.judge.code(), "loading");
    s.apply(Action::JudgeReady);
    assert_eq!(s.judge.code(), "ready");
    s.apply(Action::RunStarted { key: SECOND.into(), kind: RunKind::Run, total: 2 });
    s.apply(Action::JudgeReady);
    assert_eq!(s.judge.code(), "running", "a warm standby worker does not end a run");
    s.apply(Action::RunFailed("engine".into()));
    assert_eq!(s.judge.code(), "ready");
    assert!(s.storage_warning.is_some(), "a failed run is reported");
}

fn with_oa_set() -> State {
    let mut text: serde_json::Value = serde_json::from_str(PACK).unwrap();
    text["oa_sets"] = serde_json::json!([{"id": "mock", "title": "Mock", "minutes": 60, "problems": ["second-largest", "max-profit"]}]);
    let mut state = State::default();
    let pack = parse_pack("tiny-pack.json", &text.to_string()).expect("the fixture parses");
    state.apply(Action::AddPack(LoadedPack { pack: Rc::new(pack), origin: Origin::Bundled }));
    state
}

#[test]
fn an_oa_session_runs_locks_at_the_end_and_keeps_its_submissions() {
    let mut s = with_oa_set();
    s.apply(Action::StartOa { pack: "tiny".into(), set: "mock".into(), now: 1_000.0 });
    let id = s.active_session().expect("a session runs").id.clone();
    assert_eq!(s.route, Route::Oa(id.clone()));
    s.apply(Action::StartOa { pack: "tiny".into(), set: "mock".into(), now: 2_000.0 });
    assert_eq!(s.sessions.len(), 1, "one session at a time");

    s.apply(Action::OaEdit { session: id.clone(), index: 0, code: "print(4)".into() });
    s.apply(Action::OaNote { session: id.clone(), index: 0, text: "sort first".into(), now: 61_000.0 });
    s.apply(Action::OaSwitch { session: id.clone(), index: 1, now: 121_000.0 });
    let target = RunTarget::Oa { session: id.clone(), index: 1, automatic: false };
    s.apply(Action::RunFinished { target, kind: RunKind::Submit, report: report(Verdict::WA), now: 181_000.0 });

    let session = &s.sessions[&id];
    assert_eq!(session.problems[0].code, "print(4)");
    assert_eq!(session.problems[0].notes[0].elapsed_ms, 60_000.0, "notes carry the session's clock");
    assert_eq!(session.problems[0].time_ms, 120_000.0);
    assert_eq!(session.problems[1].submissions[0].elapsed_ms, 180_000.0);

    s.apply(Action::EndOa { session: id.clone(), now: 1_000.0 + 3_600_000.0 + 5.0 });
    let session = &s.sessions[&id];
    assert!(!session.active() && session.expired && !session.finalised);
    assert_eq!(s.session_to_finalise().map(|s| s.id.clone()), Some(id.clone()));
    s.apply(Action::OaEdit { session: id.clone(), index: 0, code: "changed".into() });
    assert_eq!(s.sessions[&id].problems[0].code, "print(4)", "editing locks at the end");
    let target = RunTarget::Oa { session: id.clone(), index: 0, automatic: true };
    s.apply(Action::RunFinished { target, kind: RunKind::Submit, report: report(Verdict::AC), now: 9_999_999.0 });
    assert!(s.sessions[&id].problems[0].submissions[0].automatic);
    s.apply(Action::OaFinished(id.clone()));
    assert_eq!(s.route, Route::Report(id.clone()));
    assert!(s.session_to_finalise().is_none());
    assert!(s.active_session().is_none());
}

#[test]
fn oa_routes_round_trip() {
    for route in [
        Route::OaRules { pack: "p".into(), set: "s".into() },
        Route::Oa("17".into()),
        Route::Report("17".into()),
        Route::History,
        Route::Python,
    ] {
        assert_eq!(Route::from_hash(&route.hash()), route);
    }
}

#[test]
fn clearing_forgets_everything() {
    let mut s = with_oa_set();
    s.apply(Action::Edit { key: SECOND.into(), code: "x".into() });
    s.apply(Action::StartOa { pack: "tiny".into(), set: "mock".into(), now: 0.0 });
    s.apply(Action::ClearAll);
    assert!(s.records.is_empty() && s.sessions.is_empty());
    assert_eq!(s.route, Route::List);
}

#[test]
fn a_note_being_written_is_kept_until_it_is_added() {
    let mut s = state();
    s.apply(Action::Open { key: SECOND.into(), now: 0.0 });
    s.apply(Action::NoteDraft { key: SECOND.into(), text: "half a tho".into() });
    assert_eq!(s.records[SECOND].note_draft, "half a tho");
    s.apply(Action::AddNote { key: SECOND.into(), text: "half a thought".into(), now: 1.0 });
    assert_eq!(s.records[SECOND].note_draft, "", "adding the note clears the draft");
}

#[test]
fn a_composed_oa_picks_matching_problems_from_easy_to_hard() {
    use pyprep_web::state::Composition;
    let mut s = state();
    let plan = Composition { problems: 2, difficulty: "easy".into(), topic: "lists".into(), minutes: 45 };
    s.apply(Action::ComposeOa { plan: plan.clone(), now: 42.0 });
    let session = s.active_session().expect("two easy list problems exist").clone();
    assert_eq!(session.minutes, 45);
    let mut keys: Vec<_> = session.problems.iter().map(|p| p.key.clone()).collect();
    keys.sort();
    assert_eq!(keys, [PROFIT, SECOND]);
    let mut again = state();
    again.apply(Action::ComposeOa { plan: plan.clone(), now: 42.0 });
    assert_eq!(again.active_session().unwrap().problems, session.problems, "the start time seeds the choice");

    let mut none = state();
    none.apply(Action::ComposeOa { plan: Composition { topic: "graphs".into(), ..plan }, now: 1.0 });
    assert!(none.active_session().is_none());
    assert!(none.storage_warning.is_some(), "the candidate is told why nothing started");
}
