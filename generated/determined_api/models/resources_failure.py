from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_type import FailureType, check_failure_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcesFailure")


@_attrs_define
class ResourcesFailure:
    """
    Attributes:
        err_msg (str | Unset):
        exit_code (int | Unset):
        failure_type (FailureType | Unset):
    """

    err_msg: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    failure_type: FailureType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err_msg = self.err_msg

        exit_code = self.exit_code

        failure_type: str | Unset = UNSET
        if not isinstance(self.failure_type, Unset):
            failure_type = self.failure_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if err_msg is not UNSET:
            field_dict["errMsg"] = err_msg
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if failure_type is not UNSET:
            field_dict["failureType"] = failure_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        err_msg = d.pop("errMsg", UNSET)
        if type(err_msg) is not str and err_msg is not UNSET:
            raise TypeError(f"ResourcesFailure.errMsg: expected str, got {type(err_msg).__name__}")

        exit_code = d.pop("exitCode", UNSET)
        if type(exit_code) is not int and exit_code is not UNSET:
            raise TypeError(f"ResourcesFailure.exitCode: expected int, got {type(exit_code).__name__}")

        _failure_type = d.pop("failureType", UNSET)
        failure_type: FailureType | Unset
        if _failure_type is UNSET:
            failure_type = UNSET
        else:
            if type(_failure_type) is not str:
                raise TypeError(f"ResourcesFailure.failureType: expected str, got {type(_failure_type).__name__}")
            failure_type = check_failure_type(_failure_type)

        resources_failure = cls(
            err_msg,
            exit_code,
            failure_type,
        )

        resources_failure.additional_properties = d if d else {}
        return resources_failure

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
