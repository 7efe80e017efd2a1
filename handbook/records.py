"""``record``: a frozen data class (``dataclasses.dataclass(frozen=True)``) that ``dataclasses`` makes
the first time it is used instead of when its module is imported.

``dataclasses`` writes the source of each method it adds and compiles it (some 0.7 M instructions a
method in Python 3.11); for the twenty-odd data classes a start imports, that was about 5 % of the work
before the first window is painted, for classes a start mostly never uses, and for methods (``__eq__``,
``__hash__``, ``__repr__``, the order methods) it never calls. A ``record`` class is left as written,
with stand-ins for what ``dataclasses`` adds:

- the first use of the class as a data class (making one, ``dataclasses.fields``, ``is_dataclass``,
  its ``__match_args__``, its parameters) runs ``dataclass(frozen=True, repr=False, eq=False)`` on it:
  its ``__init__`` and the frozen ``__setattr__``/``__delattr__``;
- the first comparison, hash or ``repr`` runs ``dataclasses.dataclass`` with the class's real
  parameters on a copy of its definition and gives the class the methods written for the copy (they
  refer to no class of their own) and the real ``__dataclass_params__``.

Either way the class ends as what ``dataclass(frozen=True, ...)`` makes: equal and hashable by fields,
the same ``repr``, ordered when ``order=True``, frozen. Mistakes in a definition that ``dataclasses``
refuses (a field without a default after one with a default) are reported at that first use.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

#: what the first use as a data class writes, and what the first comparison, hash or repr writes
_FIRST = ("__init__", "__dataclass_fields__", "__dataclass_params__", "__match_args__")
_FROZEN = ("__setattr__", "__delattr__")
_ORDER = ("__lt__", "__le__", "__gt__", "__ge__")
_DEFINITION = "__record_definition__"


class _Later:
    """Stands for one attribute that ``dataclasses`` adds, until the first use writes it."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        cls = owner if owner is not None else type(obj)
        value = _write(_owner(cls), self.name).__dict__[self.name]
        bind = getattr(type(value), "__get__", None)
        return value if obj is None or bind is None else bind(value, obj, cls)


def _owner(cls: type) -> type:
    """The record class that ``cls`` is or derives from."""
    return next(base for base in cls.__mro__ if _DEFINITION in base.__dict__)


def _names(order: bool, frozen: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The attributes the first use writes, and those the first comparison, hash or repr writes."""
    first = (*_FIRST, *(_FROZEN if frozen else ()))
    compare = ("__repr__", "__eq__", *(("__hash__",) if frozen else ()), *(_ORDER if order else ()))
    return first, compare


def _write(owner: type, name: str) -> type:
    namespace, order, frozen, stage = owner.__dict__[_DEFINITION]
    first, compare = _names(order, frozen)
    if stage == 0:  # the data class itself
        for attribute in first:
            type.__delattr__(owner, attribute)
        dataclasses.dataclass(owner, frozen=frozen, repr=False, eq=False)
        stage = 1
        if name != "__dataclass_params__":  # the real parameters come with the comparison
            type.__setattr__(owner, "__dataclass_params__", _Later("__dataclass_params__"))
    if stage == 1 and (name not in first or name == "__dataclass_params__"):  # its comparison, hash and repr
        definition = {**namespace, "__qualname__": owner.__qualname__}
        copy: type = dataclasses.dataclass(
            type(owner.__name__, owner.__bases__, definition), frozen=frozen, order=order
        )
        for attribute in (*compare, "__dataclass_params__"):
            type.__setattr__(owner, attribute, copy.__dict__[attribute])
        stage = 2
    type.__setattr__(owner, _DEFINITION, (namespace, order, frozen, stage))
    return owner


@dataclass_transform(frozen_default=True)
def record(cls: type[T] | None = None, /, *, order: bool = False, frozen: bool = True) -> Any:
    """``@dataclass(frozen=True)`` (``order=True``: ordered too; ``frozen=False``: a plain, unhashable
    data class), made on first use. The class must have a docstring and must not define the methods
    ``dataclasses`` would write."""

    def wrap(klass: type[T]) -> type[T]:
        first, compare = _names(order, frozen)
        own = [name for name in (*first, *compare, "__hash__") if name in klass.__dict__]
        if own or klass.__doc__ is None:
            problem = f"defines {', '.join(own)}" if own else "has no docstring"
            raise TypeError(f"{klass.__qualname__} {problem}: use dataclasses.dataclass")
        namespace = {k: v for k, v in klass.__dict__.items() if k not in ("__dict__", "__weakref__")}
        setattr(klass, _DEFINITION, (namespace, order, frozen, 0))
        for name in (*first, *compare):
            setattr(klass, name, _Later(name))
        if not frozen:  # what dataclass(eq=True) does to a class that is not frozen
            setattr(klass, "__hash__", None)  # noqa: B010
        return klass

    return wrap if cls is None else wrap(cls)
