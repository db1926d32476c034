from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetShellsResponse")


@_attrs_define
class GetShellsResponse:
    """
    Attributes:
        shells (list[Shell]):
        pagination (None | Pagination | Unset):
    """

    shells: list[Shell]
    pagination: None | Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shells = []
        for shells_item_data in self.shells:
            shells_item = shells_item_data.to_dict()
            shells.append(shells_item)

        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shells": shells,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _shells = d.pop("shells")
        if not isinstance(_shells, list):
            raise TypeError(f"GetShellsResponse.shells: expected list, got {type(_shells).__name__}")
        shells = []
        for shells_item_data in _shells:
            if not isinstance(shells_item_data, dict):
                raise TypeError(
                    f"GetShellsResponse.shells item: expected object, got {type(shells_item_data).__name__}"
                )
            shells_item = Shell.from_dict(shells_item_data)

            shells.append(shells_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: None | Pagination | Unset
        if _pagination is None or _pagination is UNSET:
            pagination = _pagination
        else:
            if not isinstance(_pagination, dict):
                raise TypeError(f"GetShellsResponse.pagination: expected object, got {type(_pagination).__name__}")
            pagination_type_0 = Pagination.from_dict(_pagination)

            pagination = pagination_type_0

        get_shells_response = cls(
            shells,
            pagination,
        )

        get_shells_response.additional_properties = d if d else {}
        return get_shells_response

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
from ..models.pagination import Pagination  # noqa: E402
from ..models.shell import Shell  # noqa: E402
