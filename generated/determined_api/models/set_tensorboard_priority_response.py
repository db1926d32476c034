from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTensorboardPriorityResponse")


@_attrs_define
class SetTensorboardPriorityResponse:
    """
    Attributes:
        tensorboard (None | Tensorboard | Unset):
    """

    tensorboard: None | Tensorboard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tensorboard: dict[str, Any] | None | Unset
        if isinstance(self.tensorboard, Unset):
            tensorboard = UNSET
        elif isinstance(self.tensorboard, Tensorboard):
            tensorboard = self.tensorboard.to_dict()
        else:
            tensorboard = self.tensorboard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tensorboard is not UNSET:
            field_dict["tensorboard"] = tensorboard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tensorboard = d.pop("tensorboard", UNSET)
        tensorboard: None | Tensorboard | Unset
        if _tensorboard is None or _tensorboard is UNSET:
            tensorboard = _tensorboard
        else:
            if not isinstance(_tensorboard, dict):
                raise TypeError(
                    f"SetTensorboardPriorityResponse.tensorboard: expected object, got {type(_tensorboard).__name__}"
                )
            tensorboard_type_0 = Tensorboard.from_dict(_tensorboard)

            tensorboard = tensorboard_type_0

        set_tensorboard_priority_response = cls(
            tensorboard,
        )

        set_tensorboard_priority_response.additional_properties = d if d else {}
        return set_tensorboard_priority_response

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
from ..models.tensorboard import Tensorboard  # noqa: E402
