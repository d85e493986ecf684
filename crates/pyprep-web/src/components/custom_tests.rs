//! The candidate's own tests: input and expected output pairs that Run judges after the samples.

use pyprep_pack::Style;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::plan::custom_labels;
use crate::records::CustomTest;
use crate::state::Action;

/// The custom tests' props.
#[derive(Properties, PartialEq)]
pub(crate) struct CustomTestsProps {
    /// The problem's key.
    pub problem_key: String,
    /// The problem's style, which decides what the fields hold.
    pub style: Style,
    /// The tests.
    pub tests: Vec<CustomTest>,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

/// The list of custom tests with an "Add test" button.
#[component]
pub(crate) fn CustomTests(props: &CustomTestsProps) -> Html {
    let (input_label, expected_label) = custom_labels(&props.style);
    let rows = props.tests.iter().enumerate().map(|(index, test)| {
        let key = props.problem_key.clone();
        let edit = |input: bool| {
            let key = key.clone();
            let test = test.clone();
            props.on_action.reform(move |e: InputEvent| {
                let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                let mut test = test.clone();
                if input { test.input = value } else { test.expected = value }
                Action::EditCustomTest { key: key.clone(), index, test }
            })
        };
        let remove = {
            let key = key.clone();
            props.on_action.reform(move |_: MouseEvent| Action::RemoveCustomTest { key: key.clone(), index })
        };
        html! {
            <div class="custom-test" data-testid={format!("custom-test-{}", index + 1)}>
                <span class="custom-name">{ format!("custom-{}", index + 1) }</span>
                <label>{ input_label }
                    <textarea class="code-input" spellcheck="false" value={test.input.clone()} oninput={edit(true)} />
                </label>
                <label>{ expected_label }
                    <textarea class="code-input" spellcheck="false" value={test.expected.clone()} oninput={edit(false)} />
                </label>
                <button class="icon-button remove" onclick={remove} aria-label={format!("Remove custom-{}", index + 1)}>{ super::icons::trash() }</button>
            </div>
        }
    });
    let key = props.problem_key.clone();
    let add = props.on_action.reform(move |_: MouseEvent| Action::AddCustomTest(key.clone()));
    html! {
        <div class="custom-tests">
            { for rows }
            <button class="button button-ghost add-test" onclick={add} data-testid="add-test">{ "+ Add test" }</button>
            <p class="muted">{ "Run judges the samples and these tests; Submit judges the hidden tests too." }</p>
        </div>
    }
}
