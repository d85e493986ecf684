//! The think-aloud pane: notes stamped with the time on the problem's clock, an optional
//! template, kept per problem.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::records::Note;
use crate::state::note_template;
use crate::timer::stamp;

/// The notes pane's props.
#[derive(Properties, PartialEq)]
pub(crate) struct NotesProps {
    /// The notes.
    pub notes: Vec<Note>,
    /// A note was written.
    pub on_add: Callback<String>,
    /// A note was deleted (none in an OA session, whose notes are part of its record).
    pub on_remove: Option<Callback<usize>>,
    /// The note being written, kept so that a reload loses nothing.
    #[prop_or_default]
    pub draft: Option<String>,
    /// The note being written changed.
    #[prop_or_default]
    pub on_draft: Option<Callback<String>>,
}

/// The notes pane.
#[component]
pub(crate) fn Notes(props: &NotesProps) -> Html {
    let input = use_node_ref();
    {
        // The stored draft fills the box once, when the pane opens.
        let input = input.clone();
        let draft = props.draft.clone();
        use_effect_with((), move |_| {
            if let (Some(area), Some(draft)) = (input.cast::<HtmlTextAreaElement>(), draft) {
                area.set_value(&draft);
            }
        });
    }
    let on_input = props
        .on_draft
        .clone()
        .map(|on_draft| on_draft.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let add = {
        let input = input.clone();
        let on_add = props.on_add.clone();
        move || {
            if let Some(area) = input.cast::<HtmlTextAreaElement>() {
                let text = area.value();
                if !text.trim().is_empty() {
                    on_add.emit(text);
                    area.set_value("");
                }
            }
        }
    };
    let on_submit = {
        let add = add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            add();
        })
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
            e.prevent_default();
            e.stop_propagation();
            add();
        }
    });
    let template = {
        let input = input.clone();
        let on_draft = props.on_draft.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = input.cast::<HtmlTextAreaElement>() {
                if area.value().trim().is_empty() {
                    area.set_value(note_template());
                    if let Some(on_draft) = &on_draft {
                        on_draft.emit(area.value());
                    }
                }
                let _ = area.focus();
            }
        })
    };
    let notes = props.notes.iter().enumerate().map(|(index, note)| {
        let remove = props.on_remove.as_ref().map(|on_remove| on_remove.reform(move |_: MouseEvent| index));
        html! {
            <li class="note">
                <span class="note-time" title="Time on the clock">{ stamp(note.elapsed_ms) }</span>
                <p class="note-text">{ &note.text }</p>
                if let Some(remove) = remove {
                    <button class="icon-button remove" onclick={remove} aria-label="Delete this note">{ "×" }</button>
                }
            </li>
        }
    });
    html! {
        <aside class="pane notes-pane" data-testid="notes" aria-label="Think-aloud notes">
            <header class="pane-head">
                <h2>{ "Think aloud" }</h2>
                <button class="button button-ghost small" onclick={template} title="Start a note with Approach / Edge cases / Complexity">{ "Template" }</button>
            </header>
            if props.notes.is_empty() {
                <p class="muted">{ "Say what you are thinking: the approach, the edge cases, the complexity. Each note is stamped with the time on the clock." }</p>
            }
            <ul class="note-list">{ for notes }</ul>
            <form class="note-form" onsubmit={on_submit}>
                <textarea ref={input} class="note-input" aria-label="New note" onkeydown={on_key} oninput={on_input}
                    placeholder="What are you thinking? (Ctrl+Enter to add)" />
                <button class="button button-secondary" type="submit">{ "Add note" }</button>
            </form>
        </aside>
    }
}
