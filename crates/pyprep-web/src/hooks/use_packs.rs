//! Loading packs: the bundled ones listed in the site's `packs/index.json`, one named by
//! `?pack=URL`, and files the candidate picks. A broken pack is reported and the others load.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::prelude::*;

use crate::catalog::{LoadedPack, Origin, PackError, parse_index, parse_pack};
use crate::state::{Action, State};

/// The bundled packs' index, relative to the page.
const INDEX_URL: &str = "packs/index.json";

/// Loads the bundled packs and the `?pack=` one once, at start.
#[hook]
pub(crate) fn use_packs(dispatch: UseReducerDispatcher<State>) {
    use_effect_with((), move |_| {
        spawn_local(async move {
            load_bundled(&dispatch).await;
            dispatch.dispatch(Action::BundledLoaded);
            if let Some(url) = pack_parameter() {
                load_url(&dispatch, &url).await;
            }
            dispatch.dispatch(Action::PacksSettled);
        });
    });
}

async fn load_bundled(dispatch: &UseReducerDispatcher<State>) {
    let index = match fetch_text(INDEX_URL).await.and_then(|text| parse_index(INDEX_URL, &text)) {
        Ok(index) => index,
        Err(error) => return dispatch.dispatch(Action::PackFailed(error)),
    };
    for entry in index.packs {
        let url = format!("packs/{}", entry.file);
        match fetch_text(&url).await.and_then(|text| parse_pack(&url, &text)) {
            Ok(pack) => dispatch.dispatch(Action::AddPack(LoadedPack { pack: Rc::new(pack), origin: Origin::Bundled })),
            Err(error) => dispatch.dispatch(Action::PackFailed(error)),
        }
    }
}

async fn load_url(dispatch: &UseReducerDispatcher<State>, url: &str) {
    match fetch_text(url).await.and_then(|text| parse_pack(url, &text)) {
        Ok(pack) => {
            dispatch.dispatch(Action::AddPack(LoadedPack { pack: Rc::new(pack), origin: Origin::Url(url.to_string()) }))
        }
        Err(error) => dispatch.dispatch(Action::PackFailed(error)),
    }
}

/// Reads a pack file the candidate picked.
pub(crate) fn open_pack_file(dispatch: UseReducerDispatcher<State>, file: web_sys::File) {
    spawn_local(async move {
        let name = file.name();
        let result = match JsFuture::from(file.text()).await {
            Ok(text) => parse_pack(&name, &text.as_string().unwrap_or_default()),
            Err(_) => Err(PackError { file: name.clone(), message: "the file could not be read".into() }),
        };
        match result {
            Ok(pack) => {
                dispatch.dispatch(Action::AddPack(LoadedPack { pack: Rc::new(pack), origin: Origin::File(name) }))
            }
            Err(error) => dispatch.dispatch(Action::PackFailed(error)),
        }
    });
}

fn pack_parameter() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("pack").filter(|u| !u.is_empty())
}

async fn fetch_text(url: &str) -> Result<String, PackError> {
    let fail = |message: String| PackError { file: url.to_string(), message };
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| fail(format!("could not be fetched: {}", describe(&e))))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| fail("not a response".into()))?;
    if !response.ok() {
        return Err(fail(format!("the server answered {} {}", response.status(), response.status_text())));
    }
    let text = JsFuture::from(response.text().map_err(|e| fail(describe(&e)))?)
        .await
        .map_err(|e| fail(format!("could not be read: {}", describe(&e))))?;
    Ok(text.as_string().unwrap_or_default())
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
