from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTrialRequest")


@_attrs_define
class CreateTrialRequest:
    """
    Attributes:
        experiment_id (int | Unset):
        hparams (CreateTrialRequestHparamsType0 | None | Unset):
        unmanaged (bool | Unset):
    """

    experiment_id: int | Unset = UNSET
    hparams: CreateTrialRequestHparamsType0 | None | Unset = UNSET
    unmanaged: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        hparams: dict[str, Any] | None | Unset
        if isinstance(self.hparams, Unset):
            hparams = UNSET
        elif isinstance(self.hparams, CreateTrialRequestHparamsType0):
            hparams = self.hparams.to_dict()
        else:
            hparams = self.hparams

        unmanaged = self.unmanaged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experimentId"] = experiment_id
        if hparams is not UNSET:
            field_dict["hparams"] = hparams
        if unmanaged is not UNSET:
            field_dict["unmanaged"] = unmanaged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experiment_id = d.pop("experimentId", UNSET)
        if type(experiment_id) is not int and experiment_id is not UNSET:
            raise TypeError(f"CreateTrialRequest.experimentId: expected int, got {type(experiment_id).__name__}")

        _hparams = d.pop("hparams", UNSET)
        hparams: CreateTrialRequestHparamsType0 | None | Unset
        if _hparams is None or _hparams is UNSET:
            hparams = _hparams
        else:
            if not isinstance(_hparams, dict):
                raise TypeError(f"CreateTrialRequest.hparams: expected object, got {type(_hparams).__name__}")
            hparams_type_0 = CreateTrialRequestHparamsType0.from_dict(_hparams)

            hparams = hparams_type_0

        unmanaged = d.pop("unmanaged", UNSET)
        if type(unmanaged) is not bool and unmanaged is not UNSET:
            raise TypeError(f"CreateTrialRequest.unmanaged: expected bool, got {type(unmanaged).__name__}")

        create_trial_request = cls(
            experiment_id,
            hparams,
            unmanaged,
        )

        create_trial_request.additional_properties = d if d else {}
        return create_trial_request

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
from ..models.create_trial_request_hparams_type_0 import CreateTrialRequestHparamsType0  # noqa: E402
