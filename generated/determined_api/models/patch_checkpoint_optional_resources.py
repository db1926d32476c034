from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchCheckpointOptionalResources")


@_attrs_define
class PatchCheckpointOptionalResources:
    """
    Attributes:
        resources (PatchCheckpointOptionalResourcesResources | Unset):
    """

    resources: PatchCheckpointOptionalResourcesResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: PatchCheckpointOptionalResourcesResources | Unset
        if _resources is UNSET:
            resources = UNSET
        else:
            if not isinstance(_resources, dict):
                raise TypeError(
                    f"PatchCheckpointOptionalResources.resources: expected object, got {type(_resources).__name__}"
                )
            resources = PatchCheckpointOptionalResourcesResources.from_dict(_resources)

        patch_checkpoint_optional_resources = cls(
            resources,
        )

        patch_checkpoint_optional_resources.additional_properties = d if d else {}
        return patch_checkpoint_optional_resources

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
from ..models.patch_checkpoint_optional_resources_resources import PatchCheckpointOptionalResourcesResources  # noqa: E402
