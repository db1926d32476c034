from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAllocationResponse")


@_attrs_define
class GetAllocationResponse:
    """
    Attributes:
        allocation (Allocation | None):
    """

    allocation: Allocation | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allocation: dict[str, Any] | None
        if isinstance(self.allocation, Allocation):
            allocation = self.allocation.to_dict()
        else:
            allocation = self.allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocation": allocation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _allocation = d.pop("allocation")
        allocation: Allocation | None
        if _allocation is None:
            allocation = _allocation
        else:
            if not isinstance(_allocation, dict):
                raise TypeError(f"GetAllocationResponse.allocation: expected object, got {type(_allocation).__name__}")
            allocation_type_0 = Allocation.from_dict(_allocation)

            allocation = allocation_type_0

        get_allocation_response = cls(
            allocation,
        )

        get_allocation_response.additional_properties = d if d else {}
        return get_allocation_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# determined-client template: models this one refers to, imported after the class exists so
# that models which refer to each other import in any order, and once, not per call.
from ..models.allocation import Allocation  # noqa: E402
