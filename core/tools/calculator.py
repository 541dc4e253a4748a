"""A calculator for the model: arithmetic on numbers, parsed with ``ast``, never ``eval``.

Only number literals, + - * / // % **, unary signs, parentheses and a few math functions and
constants are accepted; exponents and results are bounded so that a request cannot hang the app.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable

from core.i18n import number as locale_number
from core.i18n import translate
from core.tools.model import ToolError

MAX_EXPRESSION = 500
MAX_EXPONENT = 1000
MAX_MAGNITUDE = 1e300

_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_FUNCTIONS: dict[str, Callable[..., float]] = {
    "sqrt": math.sqrt,
    "log": math.log,
    "log10": math.log10,
    "exp": math.exp,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "abs": abs,
    "round": round,
    "floor": math.floor,
    "ceil": math.ceil,
    "min": min,
    "max": max,
}
_CONSTANTS = {"pi": math.pi, "e": math.e, "tau": math.tau}


class CalculatorError(ToolError):
    """The expression is not plain arithmetic, or its value cannot be computed."""


def calculate(expression: str) -> float | int:
    """The value of an arithmetic expression such as ``(2 + 3) * sqrt(16) / 4``."""
    text = expression.strip().replace("^", "**").replace("×", "*").replace("÷", "/")
    if not text:
        raise CalculatorError(translate("Calculator", "The expression is empty."))
    if len(text) > MAX_EXPRESSION:
        raise CalculatorError(
            translate("Calculator", "The expression is longer than {count} characters.").format(
                count=locale_number(MAX_EXPRESSION)
            )
        )
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise CalculatorError(
            translate("Calculator", "“{expression}” is not an arithmetic expression.").format(
                expression=expression
            )
        ) from None
    try:
        value = _value(tree.body)
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as error:
        raise CalculatorError(
            translate("Calculator", "“{expression}” cannot be computed: {reason}.").format(
                expression=expression, reason=error
            )
        ) from None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _value(node: ast.expr) -> float:
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        number = node.value
        assert isinstance(number, int | float)
        return _bounded(number)
    if isinstance(node, ast.Name) and node.id in _CONSTANTS:
        return _CONSTANTS[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        operand = _value(node.operand)
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _value(node.left), _value(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > MAX_EXPONENT:
            raise CalculatorError(
                translate("Calculator", "Exponents above {limit} are not computed.").format(
                    limit=locale_number(MAX_EXPONENT)
                )
            )
        return _bounded(_BINARY[type(node.op)](left, right))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
        and 0 < len(node.args) <= 8
    ):
        return _bounded(_FUNCTIONS[node.func.id](*(_value(a) for a in node.args)))
    raise CalculatorError(
        translate(
            "Calculator", "Only numbers, + - * / // % ** ( ), and {names} are allowed."
        ).format(names=", ".join([*sorted(_FUNCTIONS), *sorted(_CONSTANTS)]))
    )


def _bounded(value: float) -> float:
    if isinstance(value, complex):
        raise CalculatorError(translate("Calculator", "The result is not a real number."))
    if abs(value) > MAX_MAGNITUDE:
        raise CalculatorError(translate("Calculator", "The result is too large."))
    return value
