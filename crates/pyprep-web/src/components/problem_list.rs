//! The start page: every pack's problems with difficulty, topics and the candidate's state,
//! filtered by title, topic, difficulty and state; and the packs that failed to load.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::StateRef;
use crate::catalog::{Origin, problem_key};
use crate::records::Status;
use crate::state::{Action, FilterField, Route};

/// The list's props.
#[derive(Properties, PartialEq)]
pub(crate) struct ProblemListProps {
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

fn select_filter(on_action: &Callback<Action>, field: FilterField) -> Callback<Event> {
    on_action.reform(move |e: Event| Action::Filter(field, e.target_unchecked_into::<HtmlSelectElement>().value()))
}

/// The problem list.
#[component]
pub(crate) fn ProblemList(props: &ProblemListProps) -> Html {
    let state = &props.state;
    let on_search = props.on_action.reform(|e: InputEvent| {
        Action::Filter(FilterField::Search, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let visible = state.visible_problems();
    let count: usize = visible.iter().map(|(_, p)| p.len()).sum();
    let topics = state.catalog.topics();
    let filters = &state.filters;
    let option = |value: &str, label: &str, current: &str| {
        html! { <option value={value.to_string()} selected={value == current}>{ label.to_string() }</option> }
    };

    let packs = visible.iter().map(|(pack, problems)| {
        let origin = state.catalog.packs.iter().find(|p| p.pack.id == pack.id).map(|p| p.origin.clone());
        let origin_note = match origin {
            Some(Origin::Url(url)) => Some(format!("from {url}")),
            Some(Origin::File(name)) => Some(format!("from {name}")),
            _ => None,
        };
        let entries = problems.iter().map(|problem| {
            let key = problem_key(&pack.id, &problem.id);
            let status = state.status(&key);
            let (state_class, mark) = match status {
                Status::Solved => ("state-solved", "✓"),
                Status::Attempted => ("state-attempted", "●"),
                Status::Untried => ("state-untried", "○"),
            };
            let difficulty = problem.difficulty.map(|d| d.name()).unwrap_or("unrated");
            let open = {
                let key = key.clone();
                props.on_action.reform(move |_| Action::Open { key: key.clone(), now: js_sys::Date::now() })
            };
            html! {
                <li key={key} class="problem-entry" data-testid={format!("problem-{}", problem.id)} data-pack={pack.id.clone()}>
                    <button class="problem-link" onclick={open}>
                        <span class={classes!("state", state_class)} title={status.label()} aria-label={status.label()}>{ mark }</span>
                        <span class="problem-title">{ &problem.name }</span>
                        <span class={classes!("badge", format!("badge-{difficulty}"))}>{ difficulty }</span>
                        <span class="tags">{ for problem.topics.iter().map(|t| html! { <span class="tag">{ t }</span> }) }</span>
                        <span class="style-tag">{ problem.style.name() }</span>
                        if let Some(minutes) = problem.minutes {
                            <span class="minutes">{ format!("{minutes} min") }</span>
                        }
                    </button>
                </li>
            }
        });
        html! {
            <section key={pack.id.clone()} class="pack" data-testid={format!("pack-{}", pack.id)}>
                <header class="pack-head">
                    <h2>{ &pack.title }</h2>
                    <p class="pack-desc">
                        { &pack.description }
                        if let Some(note) = origin_note { <span class="muted">{ format!(" · {note}") }</span> }
                    </p>
                </header>
                <ul class="problem-list">{ for entries }</ul>
            </section>
        }
    });

    let sets = state.catalog.packs.iter().flat_map(|loaded| {
        loaded.pack.oa_sets.iter().map(move |set| (loaded.pack.id.clone(), loaded.pack.title.clone(), set.clone()))
    });
    let oa_sets = sets
        .map(|(pack, pack_title, set)| {
            let route = Route::OaRules { pack: pack.clone(), set: set.id.clone() };
            let open = props.on_action.reform(move |_| Action::Navigate(route.clone()));
            html! {
                <li key={format!("{pack}/{}", set.id)} class="oa-set" data-testid={format!("oa-set-{}", set.id)}>
                    <button class="problem-link" onclick={open}>
                        <span class="problem-title">{ &set.title }</span>
                        <span class="muted">{ pack_title }</span>
                        <span class="minutes">{ format!("{} problems · {} min", set.problems.len(), set.minutes) }</span>
                    </button>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let errors = &state.catalog.errors;
    // While the candidate filters problems, the OA sets step aside so that the matches show first.
    let filtering = !filters.search.trim().is_empty()
        || !filters.topic.is_empty()
        || !filters.difficulty.is_empty()
        || !filters.status.is_empty();
    html! {
        <section class="list-page">
            if !errors.is_empty() {
                <div class="pack-errors" role="alert" data-testid="pack-errors">
                    <h3>{ if errors.len() == 1 { "A pack could not be opened" } else { "Some packs could not be opened" } }</h3>
                    <ul>
                        { for errors.iter().map(|e| html! {
                            <li class="pack-error"><code>{ &e.file }</code>{ ": " }{ &e.message }</li>
                        }) }
                    </ul>
                </div>
            }
            <div class="filters">
                <input class="search" type="search" placeholder="Search by title" aria-label="Search by title"
                    value={filters.search.clone()} oninput={on_search} data-testid="search" />
                <select class="select" aria-label="Topic" onchange={select_filter(&props.on_action, FilterField::Topic)} data-testid="filter-topic">
                    { option("", "All topics", &filters.topic) }
                    { for topics.iter().map(|t| option(t, t, &filters.topic)) }
                </select>
                <select class="select" aria-label="Difficulty" onchange={select_filter(&props.on_action, FilterField::Difficulty)} data-testid="filter-difficulty">
                    { option("", "All difficulties", &filters.difficulty) }
                    { option("easy", "Easy", &filters.difficulty) }
                    { option("medium", "Medium", &filters.difficulty) }
                    { option("hard", "Hard", &filters.difficulty) }
                </select>
                <select class="select" aria-label="Progress" onchange={select_filter(&props.on_action, FilterField::Status)} data-testid="filter-status">
                    { option("", "Any progress", &filters.status) }
                    { option("untried", "Not tried", &filters.status) }
                    { option("attempted", "Attempted", &filters.status) }
                    { option("solved", "Solved", &filters.status) }
                </select>
                <span class="count">{ format!("{count} problem{}", if count == 1 { "" } else { "s" }) }</span>
            </div>
            if !state.catalog.loaded {
                <div class="empty-state">{ "Loading the problem packs…" }</div>
            } else if count == 0 {
                <div class="empty-state">{ "No problem matches these filters." }</div>
            }
            <div class="packs">{ for packs }</div>
            if !oa_sets.is_empty() && !filtering {
                <section class="pack oa-sets">
                    <header class="pack-head">
                        <h2>{ "Mock OAs" }</h2>
                        <p class="pack-desc">{ "Timed sessions of two or three problems with one clock, hidden tests and a report at the end." }</p>
                    </header>
                    <ul class="problem-list">{ for oa_sets }</ul>
                    <super::oa_composer::OaComposer topics={topics.clone()} busy={state.active_session().is_some()}
                        on_action={props.on_action.clone()} />
                </section>
            }
        </section>
    }
}
