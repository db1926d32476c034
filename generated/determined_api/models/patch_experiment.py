from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchExperiment")


@_attrs_define
class PatchExperiment:
    """The changes patchExperiment makes; only the fields present are changed.

    Attributes:
        id (int): The experiment's id; must match the path.
        checkpoint_storage (PatchExperimentPatchCheckpointStorage | Unset): How many checkpoints the experiment keeps
            from now on.
        description (None | str | Unset):
        labels (list[str] | None | Unset): The complete new list of labels (it replaces the old one).
        name (None | str | Unset):
        notes (None | str | Unset):
        resources (PatchExperimentPatchResources | Unset): Scheduling settings to change on a running experiment.
    """

    id: int
    checkpoint_storage: PatchExperimentPatchCheckpointStorage | Unset = UNSET
    description: None | str | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    resources: PatchExperimentPatchResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        checkpoint_storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkpoint_storage, Unset):
            checkpoint_storage = self.checkpoint_storage.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if checkpoint_storage is not UNSET:
            field_dict["checkpointStorage"] = checkpoint_storage
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if type(id) is not int:
            raise TypeError(f"PatchExperiment.id: expected int, got {type(id).__name__}")

        _checkpoint_storage = d.pop("checkpointStorage", UNSET)
        checkpoint_storage: PatchExperimentPatchCheckpointStorage | Unset
        if _checkpoint_storage is UNSET:
            checkpoint_storage = UNSET
        else:
            if not isinstance(_checkpoint_storage, dict):
                raise TypeError(
                    f"PatchExperiment.checkpointStorage: expected object, got {type(_checkpoint_storage).__name__}"
                )
            checkpoint_storage = PatchExperimentPatchCheckpointStorage.from_dict(_checkpoint_storage)

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            raise TypeError(f"PatchExperiment.description: expected str, got {type(description).__name__}")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        else:
            _labels_type_0 = _labels
            if not isinstance(_labels_type_0, list):
                raise TypeError(f"PatchExperiment.labels: expected list, got {type(_labels_type_0).__name__}")
            for labels_type_0_item_data in _labels_type_0:
                if type(labels_type_0_item_data) is not str:
                    raise TypeError(
                        f"PatchExperiment.labels item: expected str, got {type(labels_type_0_item_data).__name__}"
                    )
            labels_type_0: list[str] = _labels_type_0

            labels = labels_type_0

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            raise TypeError(f"PatchExperiment.name: expected str, got {type(name).__name__}")

        notes = d.pop("notes", UNSET)
        if type(notes) is not str and notes is not None and notes is not UNSET:
            raise TypeError(f"PatchExperiment.notes: expected str, got {type(notes).__name__}")

        _resources = d.pop("resources", UNSET)
        resources: PatchExperimentPatchResources | Unset
        if _resources is UNSET:
            resources = UNSET
        else:
            if not isinstance(_resources, dict):
                raise TypeError(f"PatchExperiment.resources: expected object, got {type(_resources).__name__}")
            resources = PatchExperimentPatchResources.from_dict(_resources)

        patch_experiment = cls(
            id,
            checkpoint_storage,
            description,
            labels,
            name,
            notes,
            resources,
        )

        patch_experiment.additional_properties = d if d else {}
        return patch_experiment

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
from ..models.patch_experiment_patch_checkpoint_storage import PatchExperimentPatchCheckpointStorage  # noqa: E402
from ..models.patch_experiment_patch_resources import PatchExperimentPatchResources  # noqa: E402
