"""``record`` makes the same class as ``dataclass(frozen=True)``, with its comparison, hash and repr
written on first use (handbook/records.py)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from handbook.records import record


@record(order=True)
class Point:
    """A record."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = dataclasses.field(default=())


@dataclasses.dataclass(frozen=True, order=True)
class Reference:
    """The data class it stands for."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = dataclasses.field(default=())


@record
class Plain:
    """A record without order."""

    name: str


def test_methods_are_written_on_first_use_only() -> None:
    @record
    class Fresh:
        """A record."""

        a: int

    assert not hasattr(Fresh.__dict__["__init__"], "__code__")
    Fresh(1)  # making one writes the data class, not its comparison, hash and repr
    assert hasattr(Fresh.__dict__["__init__"], "__code__")
    assert not hasattr(Fresh.__dict__["__eq__"], "__code__")
    assert Fresh(1) == Fresh(1)
    assert hasattr(Fresh.__dict__["__eq__"], "__code__") and hasattr(Fresh.__dict__["__repr__"], "__code__")


def test_the_same_as_a_frozen_dataclass() -> None:
    p, r = Point(1, 2, ("a",)), Reference(1, 2, ("a",))
    assert repr(p) == repr(r).replace("Reference", "Point")
    assert hash(p) == hash(r)
    assert p == Point(1, 2, ("a",)) and p != Point(1, 3) and p != r  # type: ignore[comparison-overlap]
    assert Point(1) < Point(2) <= Point(2) and Point(3) > Point(2, 9) >= Point(2, 9)
    assert sorted([Point(2), Point(1, 5), Point(1)]) == [Point(1), Point(1, 5), Point(2)]
    assert len({Point(1), Point(1), Point(2)}) == 2
    params = "__dataclass_params__"
    assert repr(getattr(Point, params)) == repr(getattr(Reference, params))
    assert [f.name for f in dataclasses.fields(p)] == ["x", "y", "tags"]
    assert dataclasses.replace(p, y=5) == Point(1, 5, ("a",))
    assert dataclasses.asdict(p) == {"x": 1, "y": 2, "tags": ("a",)}
    assert pickle.loads(pickle.dumps(p)) == p
    assert Point.__lt__.__qualname__ == "Point.__lt__"
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.x
    with pytest.raises(TypeError):
        Plain("a") < Plain("b")  # type: ignore[operator]  # noqa: B015
    assert Plain("a") == Plain("a") and repr(Plain("a")) == "Plain(name='a')"


def test_a_class_writing_its_own_comparison_is_refused() -> None:
    with pytest.raises(TypeError, match="__eq__"):

        @record
        class Own:
            """It compares itself."""

            a: int

            def __eq__(self, other: object) -> bool:
                return True


def test_a_mistake_in_the_definition_is_reported_at_first_use() -> None:
    @record
    class Wrong:
        """A field without a default after one with a default."""

        a: int = 0
        b: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="non-default argument 'b'"):
        Wrong(1, 2)


def test_the_class_is_a_data_class_before_its_first_instance() -> None:
    @record
    class Late:
        """A record."""

        a: int
        b: tuple[int, ...] = dataclasses.field(default_factory=tuple)

    params = "__dataclass_params__"
    assert getattr(Late, params).frozen
    assert Late.__match_args__ == ("a", "b")
    assert [f.name for f in dataclasses.fields(Late)] == ["a", "b"]
    assert Late(1) == Late(1, ()) and repr(Late(1)) == f"{Late.__qualname__}(a=1, b=())"
    assert dataclasses.is_dataclass(Late)


def test_a_record_that_is_not_frozen_is_a_plain_data_class() -> None:
    @record(frozen=False)
    class Box:
        """A mutable record."""

        items: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass
    class Reference:
        """The data class it stands for."""

        items: list[int] = dataclasses.field(default_factory=list)

    box = Box()
    box.items = [1]
    box.extra = 2  # type: ignore[attr-defined]
    assert box == Box([1]) and box != Box() and repr(Box([1])) == repr(Reference([1])).replace("Reference", "Box")
    assert Box.__hash__ is None and Reference.__hash__ is None
    with pytest.raises(TypeError, match="unhashable"):
        hash(box)
    params = "__dataclass_params__"
    assert repr(getattr(Box, params)) == repr(getattr(Reference, params))
