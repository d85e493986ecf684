//! The statement: sanitised Markdown, then the samples as input and expected-output blocks.

use pyprep_pack::{Problem, StatementFormat};
use yew::prelude::*;

use crate::markdown;
use crate::plan::sample_labels;

/// The statement's props.
#[derive(Properties, PartialEq)]
pub(crate) struct StatementProps {
    /// The problem.
    pub problem: Problem,
}

/// The statement and samples; rendered again only when the problem changes.
#[component]
pub(crate) fn Statement(props: &StatementProps) -> Html {
    let problem = &props.problem;
    let html = use_memo(problem.statement.text.clone(), |text| match problem.statement.format {
        StatementFormat::Markdown => markdown::render(text),
        StatementFormat::Latex => markdown::render_plain(text),
    });
    let (input_label, answer_label) = sample_labels(&problem.style);
    let samples = problem.tests.iter().filter(|t| t.sample).enumerate().map(|(i, test)| {
        html! {
            <div class="sample">
                <h3>{ format!("Sample {}", i + 1) }</h3>
                <div class="sample-io">
                    <div><h3>{ input_label }</h3><pre>{ &test.input }</pre></div>
                    <div><h3>{ answer_label }</h3><pre>{ &test.answer }</pre></div>
                </div>
            </div>
        }
    });
    html! {
        <>
            <article class="markdown" data-testid="statement">{ Html::from_html_unchecked(AttrValue::from((*html).clone())) }</article>
            <section class="samples">
                <h2>{ "Samples" }</h2>
                { for samples }
            </section>
        </>
    }
}
