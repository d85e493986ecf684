//! The app's components, one per file; they render props and report through callbacks.

mod banner;
mod confirm_dialog;
mod custom_tests;
mod editor;
mod history;
mod icons;
mod notes;
mod oa_composer;
mod oa_report;
mod oa_rules;
mod oa_view;
mod problem_list;
mod python_notes;
mod results;
mod statement;
mod timer;
mod topbar;
mod workspace;

use std::rc::Rc;

pub(crate) use banner::Banner;
pub(crate) use confirm_dialog::ConfirmDialog;
pub(crate) use history::History;
pub(crate) use oa_report::OaReport;
pub(crate) use oa_rules::OaRules;
pub(crate) use oa_view::OaView;
pub(crate) use problem_list::ProblemList;
pub(crate) use python_notes::PythonNotes;
pub(crate) use topbar::Topbar;
pub(crate) use workspace::Workspace;

use crate::state::State;

/// The state as a prop: compared by identity, since a new state is a new `Rc`.
#[derive(Clone)]
pub(crate) struct StateRef(pub Rc<State>);

impl PartialEq for StateRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for StateRef {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}
