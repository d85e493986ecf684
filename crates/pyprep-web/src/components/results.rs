//! The results panel: the verdict and score, then a row per test with its verdict and time;
//! visible tests open to expected against actual output with the differing line marked,
//! stdout and the traceback (whose line numbers move the editor's cursor); hidden tests show
//! only their name, group and hint.

use std::rc::Rc;

use pyprep_judge::{TestReport, Verdict};
use yew::prelude::*;

use crate::records::{LastResult, RunKind};
use crate::state::{JudgeStatus, LiveRun};

/// The results panel's props.
#[derive(Properties, PartialEq)]
pub(crate) struct ResultsProps {
    /// The run in progress on this problem, if any.
    pub live: Option<LiveRun>,
    /// The last finished result.
    pub last: Option<Rc<LastResult>>,
    /// The judge's state.
    pub judge: JudgeStatus,
    /// Moves the editor's cursor to a line.
    pub on_goto: Callback<u32>,
}

/// The results panel.
#[component]
pub(crate) fn Results(props: &ResultsProps) -> Html {
    if let Some(live) = &props.live {
        let (done, total) = match &props.judge {
            JudgeStatus::Running { done, total, .. } => (*done, *total),
            _ => (live.tests.len(), live.tests.len()),
        };
        let what = if live.kind == RunKind::Run { "Running" } else { "Submitting" };
        return html! {
            <div class="results" aria-live="polite">
                <div class="results-summary"><span class="verdict verdict-pending">{ "Judging…" }</span></div>
                <div class="run-progress">
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                    { format!(" {what}: test {} of {total}…", (done + 1).min(total)) }
                </div>
                <ul class="result-list">{ for live.tests.iter().map(|t| row(t, &props.on_goto)) }</ul>
            </div>
        };
    }
    let Some(last) = &props.last else {
        return html! {
            <div class="results">
                <p class="muted">{ "Run (Ctrl+Enter) judges the samples and your own tests; Submit (Ctrl+Shift+Enter) judges every test, hidden ones included." }</p>
            </div>
        };
    };
    let report = &last.report;
    let hidden_total = report.tests.iter().filter(|t| !t.visible).count();
    let score = if last.kind == RunKind::Submit && hidden_total > 0 {
        format!("{}/{} tests passed · score {}%", report.passed, report.total, report.score)
    } else {
        format!("{}/{} tests passed", report.passed, report.total)
    };
    html! {
        <div class="results" aria-live="polite" data-testid="results" data-verdict={report.verdict.to_string()}>
            <div class="results-summary">
                <span class={classes!("verdict", format!("verdict-{}", report.verdict))}>{ report.verdict.describe() }</span>
                <span class="score">{ score }</span>
                <span class="muted">{ if last.kind == RunKind::Run { "Run: samples and your tests" } else { "Submit: every test" } }</span>
                <span class="muted">{ format!("time limit {:.1} s per test", report.time_limit_ms / 1000.0) }</span>
            </div>
            <ul class="result-list">{ for report.tests.iter().map(|t| row(t, &props.on_goto)) }</ul>
        </div>
    }
}

/// One test's row.
fn row(test: &TestReport, on_goto: &Callback<u32>) -> Html {
    html! { <ResultRow key={test.name.clone()} test={test.clone()} on_goto={on_goto.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct ResultRowProps {
    test: TestReport,
    on_goto: Callback<u32>,
}

#[component]
fn ResultRow(props: &ResultRowProps) -> Html {
    let test = &props.test;
    let open = use_state(|| test.visible && test.verdict != Verdict::AC);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let verdict = test.verdict.to_string();
    html! {
        <li class={classes!("result-row", open.then_some("open"))} data-testid={format!("result-{}", test.name)} data-verdict={verdict.clone()}>
            <button class="result-head" onclick={toggle} aria-expanded={open.to_string()}>
                <span class={classes!("verdict", format!("verdict-{verdict}"))} title={test.verdict.describe()}>{ verdict }</span>
                <span class="result-name">{ &test.name }</span>
                if test.group != test.name { <span class="result-group">{ &test.group }</span> }
                <span class="result-time">{ format!("{:.0} ms", test.time_ms) }</span>
                if let Some(message) = &test.message { <span class="result-message">{ message }</span> }
            </button>
            if *open { { body(test, &props.on_goto) } }
        </li>
    }
}

fn body(test: &TestReport, on_goto: &Callback<u32>) -> Html {
    let hint = test.hint.as_ref().map(|h| html! { <p class="hint">{ super::icons::bulb() }{ " " }{ h }</p> });
    if !test.visible {
        return html! {
            <div class="result-body">
                <p class="hidden-note">{ "Hidden test: its data is not shown." }</p>
                { for hint }
            </div>
        };
    }
    let block = |title: &str, text: &Option<String>, diff: bool| match text {
        Some(text) => {
            html! { <div><h4>{ title }</h4>{ diff_block(text, if diff { test.diff_line } else { None }) }</div> }
        }
        None => html! {},
    };
    let traceback = test.error.as_ref().filter(|e| !e.traceback.is_empty()).map(|e| traceback(&e.traceback, on_goto));
    let stdout = test.stdout.as_ref().filter(|s| !s.is_empty() && test.actual.as_ref() != Some(s));
    let stderr = test.stderr.as_ref().filter(|s| !s.trim().is_empty() && test.error.is_none());
    html! {
        <div class="result-body">
            <div class="io-grid">
                { block("Input", &test.input, false) }
                { block("Expected", &test.expected, true) }
                { block("Your output", &test.actual, true) }
            </div>
            if let Some(out) = stdout { <h4>{ "Stdout" }</h4><pre class="io">{ out }</pre> }
            if let Some(err) = stderr { <h4>{ "Stderr" }</h4><pre class="io">{ err }</pre> }
            { for traceback }
            { for hint }
        </div>
    }
}

/// Output with the line the judge found different marked (1-based).
fn diff_block(text: &str, diff_line: Option<usize>) -> Html {
    let lines = text.split_inclusive('\n').enumerate().map(|(i, line)| {
        let differs = diff_line == Some(i + 1);
        html! { <span class={classes!("line", differs.then_some("line-diff"))}>{ line }</span> }
    });
    let past_end = diff_line.is_some_and(|l| l > text.split_inclusive('\n').count());
    html! {
        <pre class="io diff">
            { for lines }
            if past_end { <span class="line line-diff line-missing">{ "(no such line)" }</span> }
        </pre>
    }
}

/// A traceback whose `line N` mentions in the candidate's code move the editor's cursor.
fn traceback(text: &str, on_goto: &Callback<u32>) -> Html {
    let lines = text.split_inclusive('\n').map(|line| match traceback_line(line) {
        Some((before, number, after)) => {
            let goto = on_goto.reform(move |e: MouseEvent| {
                e.prevent_default();
                number
            });
            html! { <>{ before }<a class="trace-line" href="#" onclick={goto}>{ format!("line {number}") }</a>{ after }</> }
        }
        None => html! { { line } },
    });
    html! { <><h4>{ "Traceback" }</h4><pre class="traceback">{ for lines }</pre></> }
}

/// Splits a traceback line naming a line of the candidate's file (`File "solution.py", line N`).
fn traceback_line(line: &str) -> Option<(String, u32, String)> {
    if !line.trim_start().starts_with("File \"solution.py\"") {
        return None;
    }
    let start = line.find("line ")?;
    let digits: String = line[start + 5..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let number = digits.parse().ok()?;
    Some((line[..start].to_string(), number, line[start + 5 + digits.len()..].to_string()))
}
