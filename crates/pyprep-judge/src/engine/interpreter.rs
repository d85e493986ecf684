//! Builds the judge's interpreter: the same configuration natively and in WebAssembly.

use rustpython_vm::{Interpreter, Settings};

use super::modules::UNAVAILABLE_MODULES;

/// A fresh interpreter with the judge's modules and settings (the prelude runs per job).
pub(crate) fn new_interpreter() -> Interpreter {
    let mut settings = Settings::default();
    settings.isolated = true;
    settings.install_signal_handlers = false;
    settings.import_site = false;
    settings.user_site_directory = false;
    settings.hash_seed = Some(0);
    settings.argv = vec!["solution.py".to_string()];
    settings.path_list = Vec::new();
    let builder = Interpreter::builder(settings);
    let defs: Vec<_> = rustpython_stdlib::stdlib_module_defs(&builder.ctx)
        .into_iter()
        .filter(|def| !UNAVAILABLE_MODULES.contains(&def.name.as_str()))
        .collect();
    builder.add_native_modules(&defs).add_frozen_modules(rustpython_pylib::FROZEN_STDLIB).build()
}
