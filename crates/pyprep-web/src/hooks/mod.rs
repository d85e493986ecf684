//! Hooks: where the app's side effects live (the judge, storage, packs, the clock).

mod use_judge;
mod use_now;
mod use_oa;
mod use_packs;
mod use_persistence;
mod use_route;
mod use_shortcuts;

pub(crate) use use_judge::use_judge;
pub(crate) use use_now::use_now;
pub(crate) use use_oa::use_oa;
pub(crate) use use_packs::{open_pack_file, use_packs};
pub(crate) use use_persistence::use_persistence;
pub(crate) use use_route::use_route;
pub(crate) use use_shortcuts::use_shortcuts;
