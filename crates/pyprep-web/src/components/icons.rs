//! Small inline SVG icons, so that no icon depends on an emoji font being installed.

use yew::prelude::*;

fn icon(paths: Html) -> Html {
    html! {
        <svg class="icon" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
            { paths }
        </svg>
    }
}

/// Two bars.
pub(crate) fn pause() -> Html {
    icon(html! { <><rect x="6" y="5" width="4" height="14" /><rect x="14" y="5" width="4" height="14" /></> })
}

/// A triangle pointing right.
pub(crate) fn play() -> Html {
    icon(html! { <polygon points="7 4 19 12 7 20 7 4" /> })
}

/// A pencil.
pub(crate) fn edit() -> Html {
    icon(html! { <><path d="M12 20h9" /><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" /></> })
}

/// A bin.
pub(crate) fn trash() -> Html {
    icon(html! { <><path d="M3 6h18" /><path d="M8 6V4h8v2" /><path d="M19 6l-1 14H6L5 6" /></> })
}

/// A light bulb.
pub(crate) fn bulb() -> Html {
    icon(
        html! { <><path d="M9 18h6" /><path d="M10 22h4" /><path d="M12 2a7 7 0 0 0-4 12.7V16h8v-1.3A7 7 0 0 0 12 2Z" /></> },
    )
}

/// A crescent moon.
pub(crate) fn moon() -> Html {
    icon(html! { <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" /> })
}

/// A sun.
pub(crate) fn sun() -> Html {
    icon(
        html! { <><circle cx="12" cy="12" r="4" /><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" /></> },
    )
}
