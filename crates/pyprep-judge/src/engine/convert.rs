//! Conversions between Python objects and plain data, never calling the candidate's code.

use rustpython_vm::{
    AsObject, PyObject, VirtualMachine,
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

/// Writes JSON (with pyprep's `$tuple` and `$set` objects) as a Python literal expression.
pub(crate) fn python_literal(json: &Json) -> String {
    let join = |items: &[Json]| items.iter().map(python_literal).collect::<Vec<_>>().join(", ");
    if let Some(obj) = json.as_object()
        && obj.len() == 1
    {
        if let Some(Json::Array(items)) = obj.get("$tuple") {
            return format!("({}{})", join(items), if items.len() == 1 { "," } else { "" });
        }
        if let Some(Json::Array(items)) = obj.get("$set") {
            return if items.is_empty() { "set()".into() } else { format!("{{{}}}", join(items)) };
        }
    }
    match json {
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Number(n) => format!("({n})"),
        // A JSON string literal is a valid Python string literal.
        Json::String(_) => json.to_string(),
        Json::Array(items) => format!("[{}]", join(items)),
        Json::Object(map) => {
            let entries: Vec<String> =
                map.iter().map(|(k, v)| format!("{}: {}", Json::String(k.clone()), python_literal(v))).collect();
            format!("{{{}}}", entries.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(2.0), "2.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(-0.0), "-0.0");
    }

    #[test]
    fn json_becomes_python_literals() {
        assert_eq!(
            python_literal(&json!([1, "a\"b", null, true, {"$tuple": [2]}, {"$set": []}, {"k": 1.5}])),
            r#"[(1), "a\"b", None, True, ((2),), set(), {"k": (1.5)}]"#
        );
    }
}
