# Corpus: custom exception hierarchies, attributes on exceptions and except ordering.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError):
    code = 404

def check(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if user["name"] == "ghost":
        raise NotFound("no such user")
    return "ok"

for u in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("invalid", e.field, e, e.args)
    except AppError as e:
        print("app error", type(e).__name__, e, getattr(e, "code", None))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__, repr(NotFound("x")))
e = AppError("a", "b")
print(e.args, str(e), repr(e), str(AppError()), repr(AppError()))
