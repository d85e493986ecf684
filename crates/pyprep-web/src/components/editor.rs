//! The code editor: a CodeMirror 6 instance (from the editor bundle) mounted in a div, created
//! again only when the problem changes or its starter code is restored.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::bindings::{CodeEditor, EditorCallbacks, new_editor};

/// The editor's props.
#[derive(Properties, PartialEq)]
pub(crate) struct EditorProps {
    /// The problem's key.
    pub problem_key: String,
    /// The code to start with.
    pub code: String,
    /// Bumped when the code must be loaded again.
    pub generation: u64,
    /// Whether the dark theme is on.
    pub dark: bool,
    /// A line to move the cursor to, with a sequence number.
    pub goto_line: Option<(u32, u64)>,
    /// The text changed.
    pub on_change: Callback<String>,
    /// Ctrl/Cmd+Enter.
    pub on_run: Callback<()>,
    /// Ctrl/Cmd+Shift+Enter.
    pub on_submit: Callback<()>,
    /// Whether editing is locked (an ended OA session).
    pub read_only: bool,
}

/// The latest callbacks, read by the editor's JavaScript callbacks when they fire.
#[derive(Clone, PartialEq)]
struct Latest {
    on_change: Callback<String>,
    on_run: Callback<()>,
    on_submit: Callback<()>,
}

/// The code editor.
#[component]
pub(crate) fn Editor(props: &EditorProps) -> Html {
    let node = use_node_ref();
    let editor: Rc<RefCell<Option<(CodeEditor, EditorCallbacks)>>> = use_mut_ref(|| None);
    let latest = use_mut_ref(|| Latest {
        on_change: props.on_change.clone(),
        on_run: props.on_run.clone(),
        on_submit: props.on_submit.clone(),
    });
    *latest.borrow_mut() =
        Latest { on_change: props.on_change.clone(), on_run: props.on_run.clone(), on_submit: props.on_submit.clone() };

    {
        let node = node.clone();
        let editor = editor.clone();
        let code = props.code.clone();
        let dark = props.dark;
        use_effect_with((props.problem_key.clone(), props.generation), move |_| {
            if let Some(parent) = node.cast::<web_sys::HtmlElement>() {
                let (l1, l2, l3) = (latest.clone(), latest.clone(), latest);
                let created = new_editor(
                    &parent,
                    &code,
                    dark,
                    move |text| l1.borrow().on_change.emit(text),
                    move || l2.borrow().on_run.emit(()),
                    move || l3.borrow().on_submit.emit(()),
                );
                *editor.borrow_mut() = Some(created);
            }
            let editor = editor.clone();
            move || {
                if let Some((instance, _callbacks)) = editor.borrow_mut().take() {
                    instance.destroy();
                }
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.dark, move |dark| {
            if let Some((instance, _)) = editor.borrow().as_ref() {
                instance.set_dark(*dark);
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.goto_line, move |goto| {
            if let (Some((line, _)), Some((instance, _))) = (goto, editor.borrow().as_ref()) {
                instance.goto_line(*line);
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with((props.read_only, props.problem_key.clone(), props.generation), move |(read_only, _, _)| {
            if let Some((instance, _)) = editor.borrow().as_ref() {
                instance.set_read_only(*read_only);
            }
        });
    }
    html! { <div class={classes!("editor", props.read_only.then_some("editor-locked"))} data-testid="editor" ref={node}></div> }
}
