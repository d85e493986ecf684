//! Bounds the engine stack a job may use in WebAssembly, so that deep native recursion raises
//! RecursionError instead of killing the instance.
//!
//! In a browser, WebAssembly runs on the JavaScript engine's own stack: about 500 KB in a
//! Chromium worker, about 1 MB on a JSPI stack of its own, and no more. Calls on the
//! interpreter's fast path (plain positional calls it has specialised) cost it little, but every
//! call that re-enters the interpreter from native code (a `*args` wrapper, a keyword argument,
//! a generator expression consumed by `max()`, a dunder method, a call whose specialisation no
//! longer fits) costs one to three kilobytes, and about 190 of them can exhaust a worker's
//! stack: V8 throws `RangeError` and the instance is dead.
//!
//! RustPython guards native recursion by watching the stack pointer in linear memory (the
//! shadow stack, which grows in step with the engine's stack). Where it cannot ask the system
//! for the stack's bounds, as in WebAssembly, it assumes 8 MiB below the point where the VM was
//! created. This module reserves most of that before the job runs, so the guard trips after
//! the budget: well before V8's limit, as a RecursionError the program can catch. The budget
//! suits the host's engine stack, so the host may set it (see [`BUDGET_VARIABLE`]).

/// The stack RustPython assumes it has in WebAssembly (`get_stack_bounds`' fallback).
#[cfg(target_arch = "wasm32")]
const RUSTPYTHON_ASSUMED_STACK: usize = 8 << 20;

/// The shadow stack a job may use unless its host says otherwise, for an engine stack of about
/// 500 KB (a Chromium worker's own stack). Measured in headless Chromium 156: it stops a
/// decorator's `*args` recursion at 120 levels and a keyword-argument recursion at 259, where
/// without it the instance traps at 182-198 and 458-466; plain recursion still reaches the
/// judge's frame cap (2998 frames), and `lru_cache` 1382 levels.
#[cfg(target_arch = "wasm32")]
const DEFAULT_BUDGET_KIB: usize = 448;

/// The largest budget a host may ask for: the part of the assumed stack not reserved up front.
#[cfg(target_arch = "wasm32")]
const MAX_BUDGET_KIB: usize = 2048;

/// The environment variable in which a host with a larger engine stack (a browser running the
/// sandbox on its own JSPI stack of about 1 MB) grants a larger budget, in KiB.
#[cfg(target_arch = "wasm32")]
pub(crate) const BUDGET_VARIABLE: &str = "PYPREP_STACK_BUDGET_KIB";

/// The size of each block reserved beyond the fixed part.
#[cfg(target_arch = "wasm32")]
const BLOCK: usize = 64 << 10;

/// Runs `f` with the stack budget applied. Native builds need none: there RustPython reads the
/// thread's real stack bounds.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn within_budget<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// Runs `f` below reserved blocks of shadow stack, so that it has only the budget's bytes above
/// RustPython's soft limit. The shadow stack itself is 64 MiB (`.cargo/config.toml`), so the
/// blocks always fit.
#[cfg(target_arch = "wasm32")]
pub(crate) fn within_budget<R>(f: impl FnOnce() -> R) -> R {
    let budget = std::env::var(BUDGET_VARIABLE)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(DEFAULT_BUDGET_KIB)
        .clamp(64, MAX_BUDGET_KIB);
    let blocks = (MAX_BUDGET_KIB - budget) / (BLOCK >> 10);
    let mut f = Some(f);
    let mut result = None;
    reserve_fixed(blocks, &mut || result = f.take().map(|f| f()));
    result.expect("the budgeted closure ran")
}

/// Reserves the assumed stack minus [`MAX_BUDGET_KIB`], then `blocks` more blocks.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn reserve_fixed(blocks: usize, f: &mut dyn FnMut()) {
    let mut reserved = core::mem::MaybeUninit::<[u8; RUSTPYTHON_ASSUMED_STACK - (MAX_BUDGET_KIB << 10)]>::uninit();
    core::hint::black_box(&mut reserved);
    reserve_blocks(blocks, f);
    core::hint::black_box(&mut reserved);
}

#[cfg(target_arch = "wasm32")]
#[inline(never)]
fn reserve_blocks(blocks: usize, f: &mut dyn FnMut()) {
    if blocks == 0 {
        return f();
    }
    let mut reserved = core::mem::MaybeUninit::<[u8; BLOCK]>::uninit();
    core::hint::black_box(&mut reserved);
    reserve_blocks(blocks - 1, f);
    core::hint::black_box(&mut reserved);
}
