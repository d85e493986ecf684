//! The web app's entry point, built by Trunk for wasm32-unknown-unknown.

fn main() {
    pyprep_web::start();
}
