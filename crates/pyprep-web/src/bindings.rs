//! The JavaScript the app calls: the CodeMirror editor (the `pyprepEditor` global from the
//! editor bundle) and the judge's host, which owns the worker (`js/judge-host.js`).

use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A CodeMirror 6 editor made by `www/js/editor.js`.
    pub type CodeEditor;

    #[wasm_bindgen(js_namespace = pyprepEditor, js_name = create)]
    fn create_editor(parent: &web_sys::HtmlElement, options: &JsValue) -> CodeEditor;

    #[wasm_bindgen(method, js_name = setDoc)]
    pub fn set_doc(this: &CodeEditor, text: &str);

    #[wasm_bindgen(method, js_name = gotoLine)]
    pub fn goto_line(this: &CodeEditor, line: u32);

    #[wasm_bindgen(method, js_name = setDark)]
    pub fn set_dark(this: &CodeEditor, dark: bool);

    #[wasm_bindgen(method, js_name = setReadOnly)]
    pub fn set_read_only(this: &CodeEditor, read_only: bool);

    #[wasm_bindgen(method)]
    pub fn destroy(this: &CodeEditor);
}

/// The callbacks an editor calls; they must live as long as the editor.
pub struct EditorCallbacks {
    on_change: Closure<dyn Fn(String)>,
    on_run: Closure<dyn Fn()>,
    on_submit: Closure<dyn Fn()>,
}

/// Creates an editor in `parent`.
pub fn new_editor(
    parent: &web_sys::HtmlElement,
    doc: &str,
    dark: bool,
    on_change: impl Fn(String) + 'static,
    on_run: impl Fn() + 'static,
    on_submit: impl Fn() + 'static,
) -> (CodeEditor, EditorCallbacks) {
    let callbacks = EditorCallbacks {
        on_change: Closure::new(on_change),
        on_run: Closure::new(on_run),
        on_submit: Closure::new(on_submit),
    };
    let options = js_sys::Object::new();
    let set = |name: &str, value: &JsValue| {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(name), value);
    };
    set("doc", &JsValue::from_str(doc));
    set("dark", &JsValue::from_bool(dark));
    set("readOnly", &JsValue::FALSE);
    set("onChange", callbacks.on_change.as_ref());
    set("onRun", callbacks.on_run.as_ref());
    set("onSubmit", callbacks.on_submit.as_ref());
    (create_editor(parent, &options), callbacks)
}

#[wasm_bindgen(module = "/js/judge-host.js")]
extern "C" {
    /// The page's side of the judge (`js/judge-host.js`).
    pub type JudgeHost;

    #[wasm_bindgen(constructor)]
    pub fn new(wasm_url: &str, worker_url: &str, on_status: &Closure<dyn Fn(String, f64, String)>) -> JudgeHost;

    #[wasm_bindgen(method)]
    pub fn start(this: &JudgeHost) -> js_sys::Promise;

    #[wasm_bindgen(method)]
    pub fn run(this: &JudgeHost, job: &str, deadline_ms: f64) -> js_sys::Promise;
}

/// How a job ended, as the judge's host reports it (a worker message).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HostRun {
    /// The page stopped the worker at the deadline.
    pub timed_out: bool,
    /// The sandbox's exit status, when it exited.
    pub code: Option<i32>,
    /// Why the instance died, when it trapped.
    pub trap: Option<String>,
    /// The sandbox's stdout: the job's output as JSON.
    pub stdout: String,
    /// The sandbox's stderr.
    pub stderr: String,
    /// Wall-clock time of the job, in ms.
    #[allow(dead_code)]
    pub wall_ms: f64,
}
