//! pyprep's web app: the Yew playground that runs on the page's main thread.
//!
//! The app holds no interpreter. It renders packs ([`catalog`]), keeps the candidate's work
//! ([`records`], saved by [`storage`]) and judges with `pyprep-judge`'s grading side, sending
//! each job to the judge's Web Worker through [`bindings`]. [`state`] is plain data with a pure
//! reducer, tested natively; components only render and call back; side effects live in the
//! root component and in `hooks`.

pub mod backup;
pub mod catalog;
pub mod markdown;
pub mod oa;
pub mod plan;
pub mod records;
pub mod state;
pub mod timer;

mod app;
mod bindings;
mod components;
mod download;
mod hooks;
mod storage;

/// Mounts the app into the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
