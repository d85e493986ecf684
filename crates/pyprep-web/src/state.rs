//! The app's state as plain data, the actions that change it, and the pure reducer that applies
//! them. Nothing here touches the browser, so all of it is tested natively.

use std::collections::BTreeMap;
use std::rc::Rc;

use pyprep_judge::{Report, TestReport, Verdict};
use pyprep_pack::{Difficulty, Pack, Problem};
use yew::Reducible;

use crate::catalog::{Catalog, LoadedPack, PackError, problem_key};
use crate::oa::{OaProblem, OaSession, OaSubmission};
use crate::records::{CustomTest, LastResult, NOTE_TEMPLATE, Note, ProblemRecord, RunKind, Status};
use crate::timer::Countdown;

/// The minutes a problem's clock starts with when the pack suggests none.
pub const DEFAULT_MINUTES: u32 = 30;

/// Which page is shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Route {
    /// The problem list.
    #[default]
    List,
    /// A problem, by key (`pack/problem`).
    Problem(String),
    /// The rules screen of an OA set, before it starts.
    OaRules {
        /// The pack.
        pack: String,
        /// The set's id.
        set: String,
    },
    /// A running OA session, by id.
    Oa(String),
    /// The report of a session, by id.
    Report(String),
    /// Past sessions and progress.
    History,
    /// What the judge's Python is, and how it differs from CPython.
    Python,
}

/// What a composed OA holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Composition {
    /// How many problems (2 to 4).
    pub problems: usize,
    /// `easy`, `medium`, `hard`, or empty for a mix from easy to hard.
    pub difficulty: String,
    /// A topic every problem must have, or empty for any.
    pub topic: String,
    /// The duration in minutes.
    pub minutes: u32,
}

/// Where a run's result goes.
#[derive(Clone, Debug, PartialEq)]
pub enum RunTarget {
    /// A practice problem, by key.
    Practice(String),
    /// A problem of an OA session.
    Oa {
        /// The session.
        session: String,
        /// The problem's index in the session.
        index: usize,
        /// Whether the session's end submitted it.
        automatic: bool,
    },
}

/// The problem list's filters; empty strings mean "any".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Text the title must contain (case-insensitive).
    pub search: String,
    /// A topic the problem must have.
    pub topic: String,
    /// `easy`, `medium` or `hard`.
    pub difficulty: String,
    /// `untried`, `attempted` or `solved`.
    pub status: String,
}

/// Which filter an action changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    /// The title search.
    Search,
    /// The topic.
    Topic,
    /// The difficulty.
    Difficulty,
    /// The candidate's state.
    Status,
}

/// What the judge is doing.
#[derive(Clone, Debug, PartialEq)]
pub enum JudgeStatus {
    /// Downloading (`fraction` of the bytes) or compiling the interpreter.
    Loading {
        /// `download` or `compile`.
        phase: String,
        /// From 0 to 1.
        fraction: f64,
    },
    /// Waiting for a run.
    Ready,
    /// Judging a run.
    Running {
        /// The problem.
        key: String,
        /// Run or Submit.
        kind: RunKind,
        /// Tests judged so far.
        done: usize,
        /// Tests in all.
        total: usize,
    },
    /// The interpreter could not start.
    Failed(String),
}

impl JudgeStatus {
    /// The value of `document.body.dataset.judge`.
    pub fn code(&self) -> &'static str {
        match self {
            JudgeStatus::Loading { .. } => "loading",
            JudgeStatus::Ready => "ready",
            JudgeStatus::Running { .. } => "running",
            JudgeStatus::Failed(_) => "failed",
        }
    }
}

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light surfaces.
    #[default]
    Light,
    /// Light text on dark surfaces.
    Dark,
}

/// The tab under the editor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The results of the last run.
    #[default]
    Results,
    /// The candidate's own tests.
    CustomTests,
}

/// A question the app is asking before it acts.
#[derive(Clone, Debug, PartialEq)]
pub enum Confirm {
    /// Replace the draft of this problem with the starter code.
    ResetStarter(String),
    /// End an OA session before its time.
    EndOa(String),
    /// Delete every stored record.
    ClearData,
}

/// Tests judged so far by the run in progress.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveRun {
    /// The problem.
    pub key: String,
    /// Run or Submit.
    pub kind: RunKind,
    /// The tests judged so far.
    pub tests: Vec<TestReport>,
}

/// Everything the app shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The packs.
    pub catalog: Rc<Catalog>,
    /// The candidate's work, by problem key.
    pub records: BTreeMap<String, Rc<ProblemRecord>>,
    /// The last result of each problem, by key.
    pub results: BTreeMap<String, Rc<LastResult>>,
    /// The run in progress, test by test.
    pub live: Option<LiveRun>,
    /// The page shown.
    pub route: Route,
    /// The list's filters.
    pub filters: Filters,
    /// The judge.
    pub judge: JudgeStatus,
    /// The colour scheme.
    pub theme: Theme,
    /// The tab under the editor.
    pub tab: Tab,
    /// A pending question.
    pub confirm: Option<Confirm>,
    /// Why saving failed, shown until dismissed.
    pub storage_warning: Option<String>,
    /// Bumped when the editor must load its document again (after "Reset to starter").
    pub editor_generation: u64,
    /// A line the editor's cursor must move to, with a sequence number so that the same line
    /// can be asked twice.
    pub goto_line: Option<(u32, u64)>,
    /// Every OA session, running or past, by id.
    pub sessions: BTreeMap<String, Rc<OaSession>>,
}

impl Default for JudgeStatus {
    fn default() -> Self {
        JudgeStatus::Loading { phase: "download".into(), fraction: 0.0 }
    }
}

/// Everything that changes the state.
// Actions live only as long as one dispatch, so a large variant costs nothing worth boxing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A pack loaded.
    AddPack(LoadedPack),
    /// A pack failed to load.
    PackFailed(PackError),
    /// Every bundled pack has arrived or failed.
    BundledLoaded,
    /// Every pack asked for at start, `?pack=` included, has arrived or failed.
    PacksSettled,
    /// The stored records, read at start.
    Restore {
        /// Work by problem key.
        records: BTreeMap<String, ProblemRecord>,
        /// Last results by problem key.
        results: BTreeMap<String, LastResult>,
        /// The stored theme, if any.
        theme: Option<Theme>,
        /// Stored OA sessions by id.
        sessions: BTreeMap<String, OaSession>,
    },
    /// Opens a problem (and starts its clock the first time).
    Open {
        /// The problem's key.
        key: String,
        /// The time now, in ms since the epoch.
        now: f64,
    },
    /// Goes back to the list.
    Back,
    /// Changes a filter.
    Filter(FilterField, String),
    /// The editor's text changed.
    Edit {
        /// The problem's key.
        key: String,
        /// The whole text.
        code: String,
    },
    /// Asks a question first.
    Ask(Confirm),
    /// The candidate answered no.
    Cancel,
    /// The candidate confirmed: replace the draft with the starter code.
    ResetStarter(String),
    /// Adds an empty custom test.
    AddCustomTest(String),
    /// Changes a custom test's input or expected output.
    EditCustomTest {
        /// The problem's key.
        key: String,
        /// Which test.
        index: usize,
        /// The whole test.
        test: CustomTest,
    },
    /// Removes a custom test.
    RemoveCustomTest {
        /// The problem's key.
        key: String,
        /// Which test.
        index: usize,
    },
    /// Adds a note stamped with the clock's elapsed time.
    AddNote {
        /// The problem's key.
        key: String,
        /// The note.
        text: String,
        /// The time now.
        now: f64,
    },
    /// The note being written changed.
    NoteDraft {
        /// The problem's key.
        key: String,
        /// The whole text.
        text: String,
    },
    /// Removes a note.
    RemoveNote {
        /// The problem's key.
        key: String,
        /// Which note.
        index: usize,
    },
    /// Pauses or resumes a problem's clock.
    ToggleClock {
        /// The problem's key.
        key: String,
        /// The time now.
        now: f64,
    },
    /// Sets a problem's clock to a new duration.
    SetMinutes {
        /// The problem's key.
        key: String,
        /// The new duration.
        minutes: u32,
    },
    /// The interpreter is downloading or compiling.
    JudgeLoading {
        /// `download` or `compile`.
        phase: String,
        /// From 0 to 1.
        fraction: f64,
    },
    /// The interpreter is ready.
    JudgeReady,
    /// The interpreter failed to start.
    JudgeFailed(String),
    /// A run began.
    RunStarted {
        /// The problem.
        key: String,
        /// Run or Submit.
        kind: RunKind,
        /// Tests to judge.
        total: usize,
    },
    /// A test of the run in progress was judged.
    TestJudged(TestReport),
    /// A run ended with a report.
    RunFinished {
        /// Where the result goes.
        target: RunTarget,
        /// Run or Submit.
        kind: RunKind,
        /// The report.
        report: Report,
        /// The time now.
        now: f64,
    },
    /// A run could not complete: the pack or the engine is broken.
    RunFailed(String),
    /// Switches the colour scheme.
    SetTheme(Theme),
    /// Switches the tab under the editor.
    SetTab(Tab),
    /// Saving failed.
    StorageFailed(String),
    /// Hides the storage warning.
    DismissWarning,
    /// Moves the editor's cursor to a line.
    GotoLine(u32),
    /// Shows a page.
    Navigate(Route),
    /// Starts an OA set.
    StartOa {
        /// The pack.
        pack: String,
        /// The set.
        set: String,
        /// The time now.
        now: f64,
    },
    /// Starts a session composed from the whole catalog.
    ComposeOa {
        /// The choice.
        plan: Composition,
        /// The time now (also the seed of the choice).
        now: f64,
    },
    /// Opens another problem of a session.
    OaSwitch {
        /// The session.
        session: String,
        /// The problem's index.
        index: usize,
        /// The time now.
        now: f64,
    },
    /// The code of a session's current problem changed.
    OaEdit {
        /// The session.
        session: String,
        /// The problem's index.
        index: usize,
        /// The whole text.
        code: String,
    },
    /// Adds a note to a session's problem, stamped with the session's clock.
    OaNote {
        /// The session.
        session: String,
        /// The problem's index.
        index: usize,
        /// The note.
        text: String,
        /// The time now.
        now: f64,
    },
    /// Ends a session (its time ran out, or the candidate ended it); editing locks and every
    /// problem is submitted with its last code.
    EndOa {
        /// The session.
        session: String,
        /// The time now.
        now: f64,
    },
    /// Every automatic submission of an ended session is in; the report shows.
    OaFinished(String),
    /// Replaces all local data with an imported copy.
    Import {
        /// Work by problem key.
        records: BTreeMap<String, ProblemRecord>,
        /// Sessions by id.
        sessions: BTreeMap<String, OaSession>,
    },
    /// Deletes all local data (after confirmation).
    ClearAll,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = (*self).clone();
        state.apply(action);
        Rc::new(state)
    }
}

impl State {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::AddPack(pack) => Rc::make_mut(&mut self.catalog).add(pack),
            Action::PackFailed(error) => Rc::make_mut(&mut self.catalog).fail(error),
            Action::BundledLoaded => Rc::make_mut(&mut self.catalog).loaded = true,
            Action::PacksSettled => Rc::make_mut(&mut self.catalog).settled = true,
            Action::Restore { records, results, theme, sessions } => {
                for (id, session) in sessions {
                    self.sessions.entry(id).or_insert_with(|| Rc::new(session));
                }
                for (key, record) in records {
                    self.records.entry(key).or_insert_with(|| Rc::new(record));
                }
                for (key, result) in results {
                    self.results.entry(key).or_insert_with(|| Rc::new(result));
                }
                if let Some(theme) = theme {
                    self.theme = theme;
                }
            }
            Action::Open { key, now } => {
                let minutes = self.catalog.problem(&key).and_then(|(_, p)| p.minutes).unwrap_or(DEFAULT_MINUTES);
                let record = self.record_mut(&key);
                if record.clock.is_none() {
                    record.clock = Some(Countdown::start(minutes, now));
                }
                self.route = Route::Problem(key);
                self.tab = Tab::Results;
                self.confirm = None;
            }
            Action::Back => {
                self.route = Route::List;
                self.confirm = None;
            }
            Action::Filter(field, value) => match field {
                FilterField::Search => self.filters.search = value,
                FilterField::Topic => self.filters.topic = value,
                FilterField::Difficulty => self.filters.difficulty = value,
                FilterField::Status => self.filters.status = value,
            },
            Action::Edit { key, code } => {
                let starter = self.starter(&key);
                let record = self.record_mut(&key);
                if record.code.as_deref().unwrap_or(starter.as_str()) != code {
                    record.code = Some(code);
                }
            }
            Action::Ask(question) => self.confirm = Some(question),
            Action::Cancel => self.confirm = None,
            Action::ResetStarter(key) => {
                self.record_mut(&key).code = None;
                self.confirm = None;
                self.editor_generation += 1;
            }
            Action::AddCustomTest(key) => {
                self.record_mut(&key).custom_tests.push(CustomTest::default());
                self.tab = Tab::CustomTests;
            }
            Action::EditCustomTest { key, index, test } => {
                if let Some(slot) = self.record_mut(&key).custom_tests.get_mut(index) {
                    *slot = test;
                }
            }
            Action::RemoveCustomTest { key, index } => {
                let tests = &mut self.record_mut(&key).custom_tests;
                if index < tests.len() {
                    tests.remove(index);
                }
            }
            Action::AddNote { key, text, now } => {
                if !text.trim().is_empty() {
                    let record = self.record_mut(&key);
                    let elapsed_ms = record.clock.as_ref().map_or(0.0, |c| c.elapsed_ms(now));
                    record.notes.push(Note { elapsed_ms, text: text.trim_end().to_string() });
                    record.note_draft.clear();
                }
            }
            Action::NoteDraft { key, text } => {
                if self.records.get(&key).is_none_or(|r| r.note_draft != text) {
                    self.record_mut(&key).note_draft = text;
                }
            }
            Action::RemoveNote { key, index } => {
                let notes = &mut self.record_mut(&key).notes;
                if index < notes.len() {
                    notes.remove(index);
                }
            }
            Action::ToggleClock { key, now } => {
                if let Some(clock) = self.record_mut(&key).clock.as_mut() {
                    if clock.paused() { clock.resume(now) } else { clock.pause(now) }
                }
            }
            Action::SetMinutes { key, minutes } => {
                if let Some(clock) = self.record_mut(&key).clock.as_mut() {
                    clock.set_minutes(minutes.clamp(1, 600));
                }
            }
            Action::JudgeLoading { phase, fraction } => {
                if !matches!(self.judge, JudgeStatus::Running { .. }) {
                    self.judge = JudgeStatus::Loading { phase, fraction };
                }
            }
            Action::JudgeReady => {
                if !matches!(self.judge, JudgeStatus::Running { .. }) {
                    self.judge = JudgeStatus::Ready;
                }
            }
            Action::JudgeFailed(message) => self.judge = JudgeStatus::Failed(message),
            Action::RunStarted { key, kind, total } => {
                self.judge = JudgeStatus::Running { key: key.clone(), kind, done: 0, total };
                self.live = Some(LiveRun { key, kind, tests: Vec::new() });
                self.tab = Tab::Results;
            }
            Action::TestJudged(test) => {
                if let JudgeStatus::Running { done, .. } = &mut self.judge {
                    *done += 1;
                }
                if let Some(live) = &mut self.live {
                    live.tests.push(test);
                }
            }
            Action::RunFinished { target: RunTarget::Oa { session, index, automatic }, kind, report, now } => {
                if let Some(s) = self.sessions.get_mut(&session) {
                    let s = Rc::make_mut(s);
                    let elapsed_ms = s.elapsed_ms(now);
                    if kind == RunKind::Submit {
                        if let Some(problem) = s.problems.get_mut(index) {
                            problem.submissions.push(OaSubmission { elapsed_ms, automatic, report: report.clone() });
                        }
                    }
                }
                self.results.insert(oa_result_key(&session, index), Rc::new(LastResult { kind, report, at_ms: now }));
                self.live = None;
                self.judge = JudgeStatus::Ready;
            }
            Action::RunFinished { target: RunTarget::Practice(key), kind, report, now } => {
                let accepted = report.verdict == Verdict::AC;
                let record = self.record_mut(&key);
                if kind == RunKind::Submit {
                    record.submissions += 1;
                }
                record.status = match (record.status, kind, accepted) {
                    (Status::Solved, _, _) | (_, RunKind::Submit, true) => Status::Solved,
                    _ => Status::Attempted,
                };
                self.results.insert(key, Rc::new(LastResult { kind, report, at_ms: now }));
                self.live = None;
                self.judge = JudgeStatus::Ready;
            }
            Action::RunFailed(message) => {
                self.live = None;
                self.judge = JudgeStatus::Ready;
                self.storage_warning = Some(format!("The judge could not finish: {message}"));
            }
            Action::SetTheme(theme) => self.theme = theme,
            Action::SetTab(tab) => self.tab = tab,
            Action::StorageFailed(message) => self.storage_warning = Some(message),
            Action::DismissWarning => self.storage_warning = None,
            Action::GotoLine(line) => {
                let seq = self.goto_line.map_or(0, |(_, s)| s + 1);
                self.goto_line = Some((line, seq));
            }
            Action::Navigate(route) => {
                self.route = route;
                self.confirm = None;
            }
            Action::StartOa { pack, set, now } => {
                if let Some(session) = self.new_session(&pack, &set, now) {
                    self.begin(session);
                }
            }
            Action::ComposeOa { plan, now } => match self.composed_session(&plan, now) {
                Some(session) => self.begin(session),
                None => self.storage_warning = Some(
                    "No mock OA started: a session is already running, or too few problems match; widen the choice."
                        .into(),
                ),
            },
            Action::OaSwitch { session, index, now } => {
                if let Some(s) = self.sessions.get_mut(&session) {
                    let s = Rc::make_mut(s);
                    if s.active() {
                        s.switch_to(index, now);
                    } else {
                        s.current = index.min(s.problems.len().saturating_sub(1));
                    }
                }
            }
            Action::OaEdit { session, index, code } => {
                if let Some(s) = self.sessions.get_mut(&session)
                    && s.active()
                    && s.problems.get(index).is_some_and(|p| p.code != code)
                {
                    Rc::make_mut(s).problems[index].code = code;
                }
            }
            Action::OaNote { session, index, text, now } => {
                if let Some(s) = self.sessions.get_mut(&session)
                    && s.active()
                    && !text.trim().is_empty()
                    && index < s.problems.len()
                {
                    let s = Rc::make_mut(s);
                    let elapsed_ms = s.elapsed_ms(now);
                    s.problems[index].notes.push(Note { elapsed_ms, text: text.trim_end().to_string() });
                }
            }
            Action::EndOa { session, now } => {
                if let Some(s) = self.sessions.get_mut(&session)
                    && s.active()
                {
                    let s = Rc::make_mut(s);
                    s.settle_time(now);
                    s.expired = now >= s.deadline();
                    s.ended_at = Some(now.min(s.deadline()));
                }
                self.confirm = None;
            }
            Action::OaFinished(session) => {
                if let Some(s) = self.sessions.get_mut(&session) {
                    Rc::make_mut(s).finalised = true;
                }
                if self.route == Route::Oa(session.clone()) {
                    self.route = Route::Report(session);
                }
            }
            Action::Import { records, sessions } => {
                self.records = records.into_iter().map(|(k, v)| (k, Rc::new(v))).collect();
                self.sessions = sessions.into_iter().map(|(k, v)| (k, Rc::new(v))).collect();
                self.results.clear();
            }
            Action::ClearAll => {
                self.records.clear();
                self.sessions.clear();
                self.results.clear();
                self.confirm = None;
                self.route = Route::List;
            }
        }
    }

    /// Whether the page a route names can show now (its pack or session has loaded).
    pub fn can_show(&self, route: &Route) -> bool {
        match route {
            Route::List | Route::History | Route::Python => true,
            Route::Problem(key) => self.catalog.problem(key).is_some(),
            Route::OaRules { pack, .. } => self.catalog.packs.iter().any(|p| p.pack.id == *pack),
            Route::Oa(id) | Route::Report(id) => self.sessions.contains_key(id),
        }
    }

    /// The action that shows a route (opening a problem starts its clock).
    pub fn show(route: Route, now: f64) -> Action {
        match route {
            Route::Problem(key) => Action::Open { key, now },
            route => Action::Navigate(route),
        }
    }

    /// An ended session whose problems still wait for their final submission.
    pub fn session_to_finalise(&self) -> Option<&Rc<OaSession>> {
        self.sessions.values().find(|s| !s.active() && !s.finalised)
    }

    /// The running session, if any.
    pub fn active_session(&self) -> Option<&Rc<OaSession>> {
        self.sessions.values().find(|s| s.active())
    }

    /// Picks problems for a composed OA: those matching the plan, chosen by a generator seeded
    /// with the start time, ordered from easy to hard. `None` when too few match.
    fn composed_session(&self, plan: &Composition, now: f64) -> Option<OaSession> {
        if self.active_session().is_some() {
            return None;
        }
        let mut pool: Vec<(&str, &Problem)> = self
            .catalog
            .packs
            .iter()
            .flat_map(|l| l.pack.problems.iter().map(move |p| (l.pack.id.as_str(), p)))
            .filter(|(_, p)| plan.topic.is_empty() || p.topics.contains(&plan.topic))
            .filter(|(_, p)| {
                plan.difficulty.is_empty() || p.difficulty.map(Difficulty::name) == Some(plan.difficulty.as_str())
            })
            .collect();
        let count = plan.problems.clamp(1, 4);
        if pool.len() < count {
            return None;
        }
        // A small linear congruential generator: the same start time gives the same choice.
        let mut seed = now as u64 | 1;
        let mut chosen = Vec::new();
        for _ in 0..count {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            chosen.push(pool.remove((seed >> 33) as usize % pool.len()));
        }
        chosen.sort_by_key(|(_, p)| p.difficulty);
        let problems = chosen.into_iter().map(|(pack, p)| OaProblem::new(pack, p)).collect();
        let topic = if plan.topic.is_empty() { String::new() } else { format!(" on {}", plan.topic) };
        let title = format!("Custom OA: {count} problems{topic}, {} min", plan.minutes);
        Some(OaSession::start(title, None, plan.minutes.clamp(5, 180), problems, now))
    }

    fn new_session(&self, pack_id: &str, set_id: &str, now: f64) -> Option<OaSession> {
        if self.active_session().is_some() {
            return None;
        }
        let pack = &self.catalog.packs.iter().find(|p| p.pack.id == pack_id)?.pack;
        let set = pack.oa_sets.iter().find(|s| s.id == set_id)?;
        let problems = set
            .problems
            .iter()
            .filter_map(|id| pack.problems.iter().find(|p| &p.id == id))
            .map(|p| OaProblem::new(pack_id, p))
            .collect();
        Some(OaSession::start(set.title.clone(), Some(format!("{pack_id}/{set_id}")), set.minutes, problems, now))
    }

    /// Keeps a new session and shows it.
    fn begin(&mut self, session: OaSession) {
        let id = session.id.clone();
        self.sessions.insert(id.clone(), Rc::new(session));
        self.route = Route::Oa(id);
        self.tab = Tab::Results;
    }

    fn record_mut(&mut self, key: &str) -> &mut ProblemRecord {
        Rc::make_mut(self.records.entry(key.to_string()).or_default())
    }

    /// The starter code of a problem (empty when it has none).
    pub fn starter(&self, key: &str) -> String {
        self.catalog.problem(key).and_then(|(_, p)| p.starter.clone()).unwrap_or_default()
    }

    /// The code in a problem's editor: the draft, else the starter code.
    pub fn code(&self, key: &str) -> String {
        match self.records.get(key).and_then(|r| r.code.clone()) {
            Some(code) => code,
            None => self.starter(key),
        }
    }

    /// Where the candidate stands on a problem.
    pub fn status(&self, key: &str) -> Status {
        self.records.get(key).map_or(Status::Untried, |r| r.status)
    }

    /// The problems the filters let through, pack by pack (packs with none left out).
    pub fn visible_problems(&self) -> Vec<(&Rc<Pack>, Vec<&Problem>)> {
        let search = self.filters.search.trim().to_lowercase();
        self.catalog
            .packs
            .iter()
            .map(|loaded| {
                let problems = loaded
                    .pack
                    .problems
                    .iter()
                    .filter(|p| search.is_empty() || p.name.to_lowercase().contains(&search))
                    .filter(|p| self.filters.topic.is_empty() || p.topics.contains(&self.filters.topic))
                    .filter(|p| {
                        self.filters.difficulty.is_empty()
                            || p.difficulty.map(Difficulty::name) == Some(self.filters.difficulty.as_str())
                    })
                    .filter(|p| {
                        self.filters.status.is_empty()
                            || status_code(self.status(&problem_key(&loaded.pack.id, &p.id))) == self.filters.status
                    })
                    .collect::<Vec<_>>();
                (&loaded.pack, problems)
            })
            .filter(|(_, problems)| !problems.is_empty())
            .collect()
    }
}

impl Route {
    /// The location hash that names this page (`#/problem/PACK/ID`, or empty for the list).
    pub fn hash(&self) -> String {
        match self {
            Route::List => String::new(),
            Route::Problem(key) => format!("#/problem/{key}"),
            Route::OaRules { pack, set } => format!("#/oa-set/{pack}/{set}"),
            Route::Oa(id) => format!("#/oa/{id}"),
            Route::Report(id) => format!("#/report/{id}"),
            Route::History => "#/history".into(),
            Route::Python => "#/python".into(),
        }
    }

    /// The page a location hash names; anything unknown is the list.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let two = |rest: &str| {
            let parts: Vec<&str> = rest.split('/').collect();
            (parts.len() == 2 && !parts.iter().any(|p| p.is_empty()))
                .then(|| (parts[0].to_string(), parts[1].to_string()))
        };
        let one = |rest: &str| (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string());
        if let Some((pack, id)) = path.strip_prefix("/problem/").and_then(two) {
            Route::Problem(format!("{pack}/{id}"))
        } else if let Some((pack, set)) = path.strip_prefix("/oa-set/").and_then(two) {
            Route::OaRules { pack, set }
        } else if let Some(id) = path.strip_prefix("/oa/").and_then(one) {
            Route::Oa(id)
        } else if let Some(id) = path.strip_prefix("/report/").and_then(one) {
            Route::Report(id)
        } else if path == "/history" {
            Route::History
        } else if path == "/python" {
            Route::Python
        } else {
            Route::List
        }
    }
}

/// The key under which the last result of a session's problem is kept.
pub fn oa_result_key(session: &str, index: usize) -> String {
    format!("oa/{session}/{index}")
}

/// The filter value of a status.
pub fn status_code(status: Status) -> &'static str {
    match status {
        Status::Untried => "untried",
        Status::Attempted => "attempted",
        Status::Solved => "solved",
    }
}

/// The text a note starts with when the candidate asks for the template.
pub fn note_template() -> &'static str {
    NOTE_TEMPLATE
}
