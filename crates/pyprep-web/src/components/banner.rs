//! A warning across the top of the page (saving failed, the judge could not finish).

use yew::prelude::*;

/// The banner's props.
#[derive(Properties, PartialEq)]
pub(crate) struct BannerProps {
    /// What to say.
    pub message: String,
    /// Hides it.
    pub on_close: Callback<()>,
}

/// A dismissible warning.
#[component]
pub(crate) fn Banner(props: &BannerProps) -> Html {
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="banner banner-warn" role="alert">
            <span>{ &props.message }</span>
            <button class="banner-close" aria-label="Dismiss" onclick={close}>{ "×" }</button>
        </div>
    }
}
