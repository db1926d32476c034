from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PutTrialRequest")


@_attrs_define
class PutTrialRequest:
    """
    Attributes:
        create_trial_request (CreateTrialRequest | None | Unset):
        external_trial_id (str | Unset):
    """

    create_trial_request: CreateTrialRequest | None | Unset = UNSET
    external_trial_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_trial_request: dict[str, Any] | None | Unset
        if isinstance(self.create_trial_request, Unset):
            create_trial_request = UNSET
        elif isinstance(self.create_trial_request, CreateTrialRequest):
            create_trial_request = self.create_trial_request.to_dict()
        else:
            create_trial_request = self.create_trial_request

        external_trial_id = self.external_trial_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_trial_request is not UNSET:
            field_dict["createTrialRequest"] = create_trial_request
        if external_trial_id is not UNSET:
            field_dict["externalTrialId"] = external_trial_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create_trial_request = d.pop("createTrialRequest", UNSET)
        create_trial_request: CreateTrialRequest | None | Unset
        if _create_trial_request is None or _create_trial_request is UNSET:
            create_trial_request = _create_trial_request
        else:
            if not isinstance(_create_trial_request, dict):
                raise TypeError(
                    f"PutTrialRequest.createTrialRequest: expected object, got {type(_create_trial_request).__name__}"
                )
            create_trial_request_type_0 = CreateTrialRequest.from_dict(_create_trial_request)

            create_trial_request = create_trial_request_type_0

        external_trial_id = d.pop("externalTrialId", UNSET)
        if type(external_trial_id) is not str and external_trial_id is not UNSET:
            raise TypeError(f"PutTrialRequest.externalTrialId: expected str, got {type(external_trial_id).__name__}")

        put_trial_request = cls(
            create_trial_request,
            external_trial_id,
        )

        put_trial_request.additional_properties = d if d else {}
        return put_trial_request

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
from ..models.create_trial_request import CreateTrialRequest  # noqa: E402
