# Square copies code from Shape instead of inheriting from Rectangle: it is not a Rectangle.
import math


def _check(value):
    """Returns value if it is a positive int or float, else raises."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"expected a positive number, got {value}")
    return value


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must define perimeter()")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, width, height):
        self.width = width  # goes through the property setter, so it is validated
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        self._width = _check(value)

    @property
    def height(self):
        return self._height

    @height.setter
    def height(self, value):
        self._height = _check(value)

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rectangle(width={self.width!r}, height={self.height!r})"


class Square(Shape):
    name = "square"

    def __init__(self, side):
        self.side = side

    @property
    def side(self):
        return self._side

    @side.setter
    def side(self, value):
        self._side = _check(value)

    @property
    def width(self):
        return self._side

    @property
    def height(self):
        return self._side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side

    def __repr__(self):
        return f"Square(side={self.side!r})"


class Circle(Shape):
    name = "circle"

    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        self._radius = _check(value)

    @property
    def diameter(self):
        return 2 * self.radius

    @diameter.setter
    def diameter(self, value):
        self.radius = _check(value) / 2

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle(radius={self.radius!r})"


def total_area(shapes):
    return sum(shape.area() for shape in shapes)
