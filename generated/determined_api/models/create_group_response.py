from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateGroupResponse")


@_attrs_define
class CreateGroupResponse:
    """
    Attributes:
        group (GroupDetails | None):
    """

    group: GroupDetails | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: dict[str, Any] | None
        if isinstance(self.group, GroupDetails):
            group = self.group.to_dict()
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _group = d.pop("group")
        group: GroupDetails | None
        if _group is None:
            group = _group
        else:
            if not isinstance(_group, dict):
                raise TypeError(f"CreateGroupResponse.group: expected object, got {type(_group).__name__}")
            group_type_0 = GroupDetails.from_dict(_group)

            group = group_type_0

        create_group_response = cls(
            group,
        )

        create_group_response.additional_properties = d if d else {}
        return create_group_response

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
from ..models.group_details import GroupDetails  # noqa: E402
