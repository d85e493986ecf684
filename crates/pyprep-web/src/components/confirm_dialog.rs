//! A modal question with Cancel and a confirming button.

use yew::prelude::*;

/// The dialog's props.
#[derive(Properties, PartialEq)]
pub(crate) struct ConfirmDialogProps {
    /// The question.
    pub title: AttrValue,
    /// What confirming does.
    pub body: AttrValue,
    /// The confirming button's label.
    pub confirm_label: AttrValue,
    /// Confirmed.
    pub on_confirm: Callback<()>,
    /// Cancelled.
    pub on_cancel: Callback<()>,
}

/// A modal confirmation; Escape cancels.
#[component]
pub(crate) fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let cancel_ref = use_node_ref();
    {
        let cancel_ref = cancel_ref.clone();
        use_effect_with((), move |_| {
            if let Some(button) = cancel_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let on_key = {
        let cancel = props.on_cancel.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                cancel.emit(());
            }
        })
    };
    html! {
        <div class="modal-backdrop" onkeydown={on_key}>
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title">
                <h2 id="modal-title">{ &props.title }</h2>
                <p>{ &props.body }</p>
                <div class="modal-actions">
                    <button ref={cancel_ref} class="button button-ghost" data-testid="confirm-cancel"
                        onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
                    <button class="button button-danger" data-testid="confirm-ok"
                        onclick={props.on_confirm.reform(|_| ())}>{ &props.confirm_label }</button>
                </div>
            </div>
        </div>
    }
}
