//! The "Python" page: what the judge's Python is, and the differences from CPython that can
//! change a verdict, from `python_notes.md` (a short form of `docs/python-compat.md`).

use yew::prelude::*;

/// The notes, as Markdown compiled into the app so that the page works offline.
const NOTES: &str = include_str!("../python_notes.md");

/// The notes page.
#[component]
pub(crate) fn PythonNotes() -> Html {
    let html = use_memo((), |_| crate::markdown::render_page(NOTES));
    html! {
        <section class="page python-notes" data-testid="python-notes">
            <article class="markdown">{ Html::from_html_unchecked(AttrValue::from((*html).clone())) }</article>
        </section>
    }
}
