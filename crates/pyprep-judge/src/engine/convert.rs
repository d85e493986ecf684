//! Conversions between Python objects and plain data, never calling the candidate's code.

use rustpython_vm::{
    AsObject, PyObject, PyObjectRef, PyResult, VirtualMachine,
    builtins::{PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyStr, PyTuple},
};
use serde_json::Value as Json;

use crate::value::Value;

/// How deep a returned value may nest before it is shown as an opaque object.
const MAX_DEPTH: usize = 64;

/// Converts an object made of built-in types to a [`Value`]; checks exact types, so a
/// subclass with a lying `__eq__` or `__repr__` becomes [`Value::Other`].
pub(crate) fn to_value(obj: &PyObject, vm: &VirtualMachine) -> Value {
    convert(obj, vm, 0)
}

fn convert(obj: &PyObject, vm: &VirtualMachine, depth: usize) -> Value {
    let types = &vm.ctx.types;
    let class = obj.class();
    if depth > MAX_DEPTH {
        return Value::Other(format!("{} nested too deeply", class.name()));
    }
    let seq = |items: &[rustpython_vm::PyObjectRef]| items.iter().map(|o| convert(o, vm, depth + 1)).collect();
    if vm.is_none(obj) {
        Value::None
    } else if class.is(types.bool_type) {
        Value::Bool(obj.is(&vm.ctx.true_value))
    } else if class.is(types.int_type) {
        obj.downcast_ref::<PyInt>().map_or(Value::Other("int".into()), |i| Value::Int(i.as_bigint().to_string()))
    } else if class.is(types.float_type) {
        obj.downcast_ref::<PyFloat>().map_or(Value::Other("float".into()), |f| Value::Float(float_repr(f.to_f64())))
    } else if class.is(types.str_type) {
        obj.downcast_ref::<PyStr>()
            .map_or(Value::Other("str".into()), |s| Value::Str(s.as_wtf8().to_string_lossy().into_owned()))
    } else if class.is(types.list_type) {
        obj.downcast_ref::<PyList>().map_or(Value::Other("list".into()), |l| Value::List(seq(&l.borrow_vec())))
    } else if class.is(types.tuple_type) {
        obj.downcast_ref::<PyTuple>().map_or(Value::Other("tuple".into()), |t| Value::Tuple(seq(t.as_slice())))
    } else if class.is(types.set_type) {
        obj.downcast_ref::<PySet>().map_or(Value::Other("set".into()), |s| Value::Set(seq(&s.elements())))
    } else if class.is(types.frozenset_type) {
        obj.downcast_ref::<PyFrozenSet>().map_or(Value::Other("frozenset".into()), |s| Value::Set(seq(&s.elements())))
    } else if class.is(types.dict_type) {
        obj.downcast_ref::<PyDict>().map_or(Value::Other("dict".into()), |d| {
            Value::Dict(
                d.items_vec().iter().map(|(k, v)| (convert(k, vm, depth + 1), convert(v, vm, depth + 1))).collect(),
            )
        })
    } else {
        Value::Other(class.name().to_string())
    }
}

/// Writes a float as Python's `repr` does.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        // Python switches to exponent notation outside [1e-4, 1e16).
        let s = format!("{f:e}");
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') { s } else { format!("{s}.0") }
}

/// Builds the Python value of test JSON (with pyprep's `$tuple` and `$set` objects) directly,
/// without compiling anything, so that arguments of 10^5 elements cost milliseconds. It runs
/// before the candidate's code, so the built-ins it calls are the real ones.
pub(crate) fn from_json(json: &Json, vm: &VirtualMachine) -> PyResult {
    let items = |items: &[Json]| items.iter().map(|j| from_json(j, vm)).collect::<PyResult<Vec<_>>>();
    if let Some(obj) = json.as_object().filter(|o| o.len() == 1) {
        if let Some(Json::Array(list)) = obj.get("$tuple") {
            return Ok(vm.ctx.new_tuple(items(list)?).into());
        }
        if let Some(Json::Array(list)) = obj.get("$set") {
            let list: PyObjectRef = vm.ctx.new_list(items(list)?).into();
            return vm.builtins.get_attr("set", vm)?.call((list,), vm);
        }
    }
    Ok(match json {
        Json::Null => vm.ctx.none(),
        Json::Bool(b) => vm.ctx.new_bool(*b).into(),
        Json::Number(n) => {
            let text = n.to_string();
            if let Ok(i) = text.parse::<i64>() {
                vm.ctx.new_int(i).into()
            } else if text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
                // A big integer: the built-in int parses it exactly.
                vm.builtins.get_attr("int", vm)?.call((vm.ctx.new_str(text),), vm)?
            } else {
                vm.ctx.new_float(text.parse::<f64>().unwrap_or(f64::NAN)).into()
            }
        }
        Json::String(s) => vm.ctx.new_str(s.as_str()).into(),
        Json::Array(list) => vm.ctx.new_list(items(list)?).into(),
        Json::Object(map) => {
            let dict = vm.ctx.new_dict();
            for (key, value) in map {
                dict.set_item(key.as_str(), from_json(value, vm)?, vm)?;
            }
            dict.into()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(2.0), "2.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
    }
}
