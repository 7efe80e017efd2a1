"""``record``: a frozen data class (``dataclasses.dataclass(frozen=True)``) whose comparison, hash and
``repr`` methods are written the first time one of them is used instead of when the class is made.

``dataclasses`` writes the source of each method it adds and compiles it, about half a millisecond a
method; for the twenty-odd data classes a start imports that was some 5 % of the work before the first
window is painted, mostly for ``__eq__``, ``__hash__``, ``__repr__`` and the order methods, which a start
never calls. ``record`` lets ``dataclasses`` make the class with its ``__init__`` (and the frozen
``__setattr__``/``__delattr__``) at once, and puts a stand-in for each other method; the first use of any
of them runs ``dataclasses.dataclass`` with the class's real parameters on a copy of its definition and
gives the class the methods written for that copy. The class then is exactly what
``dataclass(frozen=True, ...)`` makes (same methods, same ``__dataclass_params__``): equal by fields,
hashable by fields, the same ``repr``, ordered when ``order=True``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

#: the methods ``dataclass(frozen=True, eq=True)`` adds besides ``__init__``, ``__setattr__`` and ``__delattr__``
_LAZY = ("__repr__", "__eq__", "__hash__")
_ORDER = ("__lt__", "__le__", "__gt__", "__ge__")


class _Later:
    """Stands for one generated method until the first use writes them all."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        cls = owner if owner is not None else type(obj)
        method = _write_methods(cls).__dict__[self.name]
        return method if obj is None else method.__get__(obj, cls)


def _write_methods(cls: type) -> type:
    """Give the record class ``cls`` is (or derives from) its generated methods; return that class."""
    owner = next(base for base in cls.__mro__ if "__record_definition__" in base.__dict__)
    namespace, params = owner.__dict__["__record_definition__"]
    definition = {**namespace, "__qualname__": owner.__qualname__}
    copy: type = dataclasses.dataclass(type(owner.__name__, owner.__bases__, definition), frozen=True, **params)
    for name in (*_LAZY, *(_ORDER if params.get("order") else ())):
        type.__setattr__(owner, name, copy.__dict__[name])
    type.__setattr__(owner, "__dataclass_params__", copy.__dict__["__dataclass_params__"])
    return owner


@dataclass_transform(frozen_default=True)
def record(cls: type[T] | None = None, /, *, order: bool = False) -> Any:
    """``@dataclass(frozen=True)`` (or ``order=True`` too) with the comparison, hash and repr written on
    first use. The class must not define those methods itself."""

    def wrap(klass: type[T]) -> type[T]:
        names = (*_LAZY, *(_ORDER if order else ()))
        own = [name for name in names if name in klass.__dict__]
        if own:
            raise TypeError(f"{klass.__qualname__} defines {', '.join(own)}: use dataclasses.dataclass")
        namespace = {k: v for k, v in klass.__dict__.items() if k not in ("__dict__", "__weakref__")}
        made = dataclasses.dataclass(klass, frozen=True, repr=False, eq=False)
        made.__record_definition__ = (namespace, {"order": order})  # type: ignore[attr-defined]
        for name in names:
            setattr(made, name, _Later(name))
        return made

    return wrap if cls is None else wrap(cls)
