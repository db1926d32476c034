from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiErrorDetail")


@_attrs_define
class ApiErrorDetail:
    """The master's error, inside `ApiError.error`.

    Attributes:
        code (int | None | Unset): The gRPC code number, e.g. 5.
        reason (None | str | Unset): The gRPC code's name, e.g. `NotFound`.
        error (None | str | Unset): The message, e.g. `experiment not found: 999`.
    """

    code: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if type(code) is not int and code is not None and code is not UNSET:
            raise TypeError(f"ApiErrorDetail.code: expected int, got {type(code).__name__}")

        reason = d.pop("reason", UNSET)
        if type(reason) is not str and reason is not None and reason is not UNSET:
            raise TypeError(f"ApiErrorDetail.reason: expected str, got {type(reason).__name__}")

        error = d.pop("error", UNSET)
        if type(error) is not str and error is not None and error is not UNSET:
            raise TypeError(f"ApiErrorDetail.error: expected str, got {type(error).__name__}")

        api_error_detail = cls(
            code,
            reason,
            error,
        )

        api_error_detail.additional_properties = d if d else {}
        return api_error_detail

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
