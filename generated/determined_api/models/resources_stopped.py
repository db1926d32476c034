from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesStopped")


@_attrs_define
class ResourcesStopped:
    """
    Attributes:
        failure (None | ResourcesFailure | Unset):
    """

    failure: None | ResourcesFailure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure: dict[str, Any] | None | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        elif isinstance(self.failure, ResourcesFailure):
            failure = self.failure.to_dict()
        else:
            failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _failure = d.pop("failure", UNSET)
        failure: None | ResourcesFailure | Unset
        if _failure is None or _failure is UNSET:
            failure = _failure
        else:
            if not isinstance(_failure, dict):
                raise TypeError(f"ResourcesStopped.failure: expected object, got {type(_failure).__name__}")
            failure_type_0 = ResourcesFailure.from_dict(_failure)

            failure = failure_type_0

        resources_stopped = cls(
            failure,
        )

        resources_stopped.additional_properties = d if d else {}
        return resources_stopped

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
from ..models.resources_failure import ResourcesFailure  # noqa: E402
